import { Readability } from '@mozilla/readability';
import { droppedLines } from './dropped-blocks';
import { blocksToText, htmlBlocks } from './html-blocks';
import type { ImportResult } from './imported-article';
import { normalizeSpace } from './normalize-space';
import { calendarDate, pageMetadata } from './page-metadata';
import { furnitureByName, type Furniture } from './page-furniture';

export const NO_ARTICLE_IN_PAGE =
	'No article text was found in this page. If the browser shows the article, select its text there, copy it and paste it into the article box.';

/** Furniture Readability sometimes keeps when a site puts it inside the story's own box. */
const REMOVED_FIRST = new Set<Furniture>([
	'Advertisements',
	'Comments',
	'Sharing buttons',
	'Newsletter sign-up',
	'Cookie notice',
	'Related links'
]);
/** A box holding more than this share of the page's text is the story, whatever its class says. */
const MOST_OF_THE_PAGE = 1 / 3;
const LONGEST_TITLE = 200;

/**
 * Reads a web page (a saved .html file or HTML pasted from the clipboard) into an article with
 * Mozilla's Readability, the reader view of Firefox: its title, byline, published date, publication
 * and address from the page's metadata, the body as paragraphs and `## ` headings, and one line per
 * kind of block left out (navigation, adverts, related links, comments…). `doc` is not changed.
 *
 * @example readHtml(new DOMParser().parseFromString(html, 'text/html'))
 * // { ok: true, value: { title: 'Millbrook opens flood park…', text: 'MILLBROOK — A park…', … } }
 */
export function readHtml(doc: Document): ImportResult {
	if (!doc.body) return { ok: false, errors: [NO_ARTICLE_IN_PAGE] };
	const pageBlocks = htmlBlocks(doc.body);
	const copy = doc.cloneNode(true) as Document;
	removeFurniture(copy);
	let parsed: ReturnType<Readability<Node>['parse']>;
	try {
		parsed = new Readability<Node>(copy, { serializer: (node) => node }).parse();
	} catch {
		// Readability gives up on some malformed pages by throwing; for the teacher it is the same.
		parsed = null;
	}
	const content = parsed?.content;
	if (!parsed || !content || content.nodeType !== 1)
		return { ok: false, errors: [NO_ARTICLE_IN_PAGE] };

	const title = normalizeSpace(parsed.title ?? '').slice(0, LONGEST_TITLE) || undefined;
	const blocks = htmlBlocks(content as Element).filter(
		(block, index) => !(index === 0 && block.kind === 'heading' && block.text === title)
	);
	const text = blocksToText(blocks);
	if (!text.trim()) return { ok: false, errors: [NO_ARTICLE_IN_PAGE] };

	const byline = normalizeSpace(parsed.byline ?? '').replace(/^by\s+/i, '') || undefined;
	const metadata = pageMetadata(doc, parsed);
	const shownDates = Array.from(doc.querySelectorAll('time[datetime]'))
		.filter((time) => calendarDate(time.getAttribute('datetime') ?? '') === metadata.published)
		.map((time) => normalizeSpace(time.textContent ?? ''));
	const used = [title ?? '', byline ?? '', metadata.source ?? '', ...shownDates];
	const dropped = droppedLines(pageBlocks, blocks, used);
	return { ok: true, value: { text, title, byline, ...metadata, dropped } };
}

/**
 * Takes out boxes a site names as adverts, comments, sharing buttons and the like before
 * Readability reads the page; never a box that holds most of the page's text or its headline.
 */
function removeFurniture(doc: Document): void {
	const pageChars = normalizeSpace(doc.body?.textContent ?? '').length;
	for (const element of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
		if (!element.isConnected) continue;
		const furniture = furnitureByName(element);
		if (!furniture || !REMOVED_FIRST.has(furniture) || element.querySelector('h1')) continue;
		const chars = normalizeSpace(element.textContent ?? '').length;
		if (chars <= pageChars * MOST_OF_THE_PAGE) element.remove();
	}
}
