import mammoth from 'mammoth/mammoth.browser.js';
import { blocksToText, htmlBlocks, type HtmlBlock } from './html-blocks';
import type { ImportResult } from './imported-article';
import type { ParseHtml } from './parse-html';

export const NOT_A_DOCX =
	'This is not a Word document Lectern can read: it may be damaged, or saved in the older .doc format. Open it in Word and save it as a Word document (.docx), or copy its text and paste it into the article box.';
export const NO_TEXT_IN_DOCX =
	'This Word document has no text Lectern can read. If its pages are pictures of text, copy the text from elsewhere and paste it into the article box.';

/** Word's "Title" and "Subtitle" styles, which mammoth leaves as plain paragraphs by default. */
const STYLE_MAP = [
	"p[style-name='Title'] => h1.title:fresh",
	"p[style-name='Subtitle'] => p.subtitle:fresh"
];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Mammoth's note for every style it has no rule for: nothing the teacher can act on. */
const STYLE_WARNING = /^Unrecognised (?:paragraph|run|table|numbering) style/;
const LONGEST_TITLE = 200;

/**
 * Reads a Word document (.docx) with mammoth into an article: the document's "Title" paragraph
 * (or a first heading) as its title, its headings as `## ` headings, its paragraphs and list items
 * as paragraphs, and each row of a table as one line naming its columns ("Building: Kitchen;
 * Litres per day: 9,500."). Pictures, footnotes and parts mammoth cannot convert are listed in
 * `dropped`.
 *
 * @example await readDocx(bytes, (html) => new DOMParser().parseFromString(html, 'text/html'))
 * // { ok: true, value: { title: 'Our school’s water audit', text: 'In March, …', dropped: [] } }
 */
export async function readDocx(bytes: Uint8Array, parseHtml: ParseHtml): Promise<ImportResult> {
	if (!ZIP_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
		return { ok: false, errors: [NOT_A_DOCX] };
	}
	let pictures = 0;
	let converted: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
	try {
		const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		converted = await mammoth.convertToHtml(
			{ arrayBuffer: arrayBuffer as ArrayBuffer },
			{
				styleMap: STYLE_MAP,
				// Counted, not converted: a picture would become a data URL as big as the image.
				convertImage: mammoth.images.imgElement(async () => {
					pictures += 1;
					return { src: '' };
				})
			}
		);
	} catch {
		return { ok: false, errors: [NOT_A_DOCX] };
	}

	const body = parseHtml(converted.value).body;
	const dropped: string[] = [];
	const notes = takeFootnotes(body);
	if (notes.length > 0) dropped.push(`Footnotes (${notes.length}): ${notes.join(' · ')}`);
	const blocks = htmlBlocks(body);
	const title = titleOf(blocks);
	const text = blocksToText(blocks.filter((block) => block !== title));
	if (!text.trim()) return { ok: false, errors: [NO_TEXT_IN_DOCX] };

	if (pictures > 0) dropped.push(`Pictures (${pictures})`);
	const warnings = [
		...new Set(
			converted.messages
				.map((message) => message.message)
				.filter((message) => !STYLE_WARNING.test(message))
		)
	];
	if (warnings.length > 0) dropped.push(`Parts Word could not convert: ${warnings.join('; ')}`);
	return {
		ok: true,
		value: { text, title: title?.text.slice(0, LONGEST_TITLE), dropped }
	};
}

/** The "Title" paragraph, or a heading that opens the document. */
function titleOf(blocks: HtmlBlock[]): HtmlBlock | undefined {
	const styled = blocks.find((block) => block.container.matches('h1.title'));
	if (styled) return styled;
	const first = blocks[0];
	return first?.kind === 'heading' && first.container.localName === 'h1' ? first : undefined;
}

/**
 * Removes mammoth's footnote and endnote list and the reference marks in the text ("[1]"),
 * returning the notes' first words.
 */
function takeFootnotes(body: HTMLElement): string[] {
	for (const mark of Array.from(
		body.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]')
	)) {
		(mark.closest('sup') ?? mark).remove();
	}
	const notes = Array.from(body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'));
	const texts = notes.map((note) =>
		(note.textContent ?? '')
			.replace(/\s*↑\s*$/, '')
			.trim()
			.split(/\s+/)
			.slice(0, 8)
			.join(' ')
	);
	for (const list of new Set(notes.map((note) => note.parentElement))) list?.remove();
	return texts;
}
