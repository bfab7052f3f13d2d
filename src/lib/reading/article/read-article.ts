import {
	isRealParagraph,
	lineClutterReasons,
	listHeaderReason,
	type ClutterReason,
	type ListReason
} from './clutter';
import { findDateline, headlineOf, isStandfirst } from './headline';

/**
 * Reads a pasted news story (or an already-clean Markdown body) into its headline, dateline and a
 * clean Markdown body: paragraphs separated by blank lines, `## ` sub-headings, and none of the page
 * furniture that is not the article. Everything removed is kept, with why, in `dropped`.
 *
 * Invariant: an already-clean Markdown body comes out segmenting exactly as it went in, because
 * questions link to sentence ids of `segmentBody(body)`. So clean blocks are kept verbatim and only
 * whole junk lines, a leading headline or dateline, and missing spaces between sentences change.
 */

type DropReason = 'headline' | 'standfirst' | 'dateline' | ClutterReason | ListReason;

export interface DroppedBlock {
	text: string;
	/** One of {@link DropReason}; other readers may add their own. */
	reason: DropReason | (string & Record<never, never>);
}

export interface ReadArticle {
	/** The headline when the text starts with one; never part of the body. */
	title?: string;
	/** "WASHINGTON", "SANTIAGO, Chile", "WHITE HOUSE": the place that opened the first sentence. */
	dateline?: string;
	/** Clean Markdown body, minus headline and dateline, with missing spaces between sentences repaired. */
	body: string;
	/** Everything removed, in reading order, with why. */
	dropped: DroppedBlock[];
}

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const SENTENCE_END = /[.!?…]['"’”)\]]*$/;
const MARKDOWN_BLOCK = /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/;
const HTML_HINT =
	/<\/?(?:p|div|span|br|h[1-6]|a|li|ul|ol|script|style|article|section|img)\b[^>]*>/i;
/** A dateline opens the story, so only the first paragraphs (after a standfirst, say) can hold one. */
const DATELINE_PARAGRAPHS = 2;
/** How far past clutter (a byline, a photo) to look for the paragraph that follows a headline. */
const HEADLINE_LOOKAHEAD = 4;

/**
 * @example
 * readArticle('Floods Close River Port\n\nBy Jane Doe\n\nHAMBURG — The port shut.Ships waited.')
 * // {
 * //   title: 'Floods Close River Port',
 * //   dateline: 'HAMBURG',
 * //   body: 'The port shut. Ships waited.',
 * //   dropped: [
 * //     { text: 'Floods Close River Port', reason: 'headline' },
 * //     { text: 'By Jane Doe', reason: 'byline' },
 * //     { text: 'HAMBURG —', reason: 'dateline' }
 * //   ]
 * // }
 */
export function readArticle(raw: string): ReadArticle {
	const blocks = [...splitBlocks(raw)];
	const dropped: DroppedBlock[] = [];
	const kept: string[] = [];
	let title: string | undefined;
	let dateline: string | undefined;
	let openList: ListReason | undefined;
	let paragraphsSeen = 0;

	for (let index = 0; index < blocks.length; index++) {
		const block = blocks[index]!;
		const trimmed = block.trim();
		const listReason = listHeaderReason(trimmed);
		if (listReason) {
			dropped.push({ text: trimmed, reason: listReason });
			openList = listReason;
			continue;
		}
		// A list of other stories runs until the article's own text resumes.
		if (openList) {
			if (!isRealParagraph(trimmed)) {
				dropped.push({ text: trimmed, reason: openList });
				continue;
			}
			openList = undefined;
		}
		const { lines, droppedAfterFirst } = keepArticleLines(block, dropped);
		// A headline or dateline comes before any clutter that followed it inside the same block.
		const atFirstLine = dropped.length - droppedAfterFirst;
		if (lines.length === 0) continue;

		if (kept.length === 0 && title === undefined && lines.length === 1) {
			const next = nextArticleBlockAt(blocks, index);
			const after = next && nextArticleBlockAt(blocks, next.index);
			const headline = headlineOf(lines[0]!.trim(), next?.text, after?.text);
			if (headline !== undefined) {
				title = headline;
				dropped.splice(atFirstLine, 0, { text: lines[0]!.trim(), reason: 'headline' });
				// The line under it restates the story the paragraphs tell; as the lead it would
				// stand in for the story's first sentence.
				if (next && after && isStandfirst(next.text)) {
					dropped.push({ text: next.text.trim(), reason: 'standfirst' });
					blocks.splice(next.index, 1);
				}
				continue;
			}
		}

		const single = lines.length === 1 ? lines[0]!.trim() : undefined;
		if (single !== undefined && MARKDOWN_BLOCK.test(single)) {
			kept.push(repairMissingSpaces(single));
			continue;
		}
		let text = single ?? lines.join('\n');
		const found =
			dateline === undefined && paragraphsSeen < DATELINE_PARAGRAPHS
				? findDateline(text)
				: undefined;
		if (found) {
			dateline = found.place;
			dropped.splice(atFirstLine, 0, { text: found.removed, reason: 'dateline' });
			text = found.rest;
		} else if (single !== undefined) {
			text = asBlock(single);
		}
		if (!text.startsWith('#')) paragraphsSeen += 1;
		kept.push(repairMissingSpaces(text));
	}
	return {
		...(title === undefined ? {} : { title }),
		...(dateline === undefined ? {} : { dateline }),
		body: repairGluedArticle(kept.join('\n\n')),
		dropped
	};
}

/** Real words that begin with "the": theater, thermal, theory, therapy, thereafter, themselves… */
const THE_WORD = /^the(?:at|rm|or|ra|ol|oc|sis|sau|re|mselves|ir|ft|me|se|ta)/i;
/** Endings of nouns a "the" stands before: "administration", "government", "committee members". */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ship|ance|ence|ism|ist|ers|ors|ings|ies|ees)s?$/;

/**
 * "theadministration" → "the administration": a "the" that lost its space before a word of six
 * letters or more, which the text writes elsewhere on its own or which ends like a noun. Real
 * words that begin with "the" ("theatrical", "thereafter", "therapists") stay.
 *
 * @example repairGluedArticle('Officials from theadministration met.')
 * // 'Officials from the administration met.'
 */
export function repairGluedArticle(text: string): string {
	const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
	return text.replace(/\b([Tt]he)(\p{Ll}{6,})\b/gu, (whole, the: string, rest: string) =>
		!THE_WORD.test(whole) && (words.has(rest) || NOUN_ENDING.test(rest)) ? `${the} ${rest}` : whole
	);
}

/** Blank-line separated blocks, or one block a line when the paste has no blank lines at all. */
function splitBlocks(raw: string): string[] {
	let text = raw.replace(/\r\n?/g, '\n').replace(FRONT_MATTER, '');
	if (HTML_HINT.test(text)) text = stripHtml(text);
	const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
	const blocks = hasBlankLines
		? text.split(/\n[ \t]*\n/)
		: text.split('\n').map((line) => line.replace(/^\uFEFF/, ''));
	return blocks
		.map((block) => block.replace(/\s+$/, '').replace(/^\s*\n/, ''))
		.filter((block) => block.trim() !== '');
}

/** The block's lines that are article text; the others are recorded in `dropped`. */
function keepArticleLines(
	block: string,
	dropped: DroppedBlock[]
): { lines: string[]; droppedAfterFirst: number } {
	const lines: string[] = [];
	let droppedAfterFirst = 0;
	const all = block.split('\n');
	const reasons = lineClutterReasons(all);
	for (const [i, line] of all.entries()) {
		const reason = reasons[i];
		if (reason) {
			dropped.push({ text: line.trim(), reason });
			if (lines.length > 0) droppedAfterFirst += 1;
		} else if (line.trim()) lines.push(line);
	}
	return { lines, droppedAfterFirst };
}

/** The next block that is not wholly clutter, so "Headline / By X / WASHINGTON — …" is seen. */
function nextArticleBlockAt(
	blocks: readonly string[],
	index: number
): { text: string; index: number } | undefined {
	const end = Math.min(blocks.length, index + 1 + HEADLINE_LOOKAHEAD);
	for (let next = index + 1; next < end; next++) {
		const all = blocks[next]!.split('\n');
		const reasons = lineClutterReasons(all);
		const lines = all.filter((_, i) => !reasons[i]);
		if (lines.some((line) => line.trim())) return { text: lines.join('\n'), index: next };
	}
	return undefined;
}

/** One line of plain text becomes a paragraph, or a `## ` heading when it reads like one. */
function asBlock(line: string): string {
	if (MARKDOWN_BLOCK.test(line)) return line;
	const words = line.split(/\s+/).length;
	const headingLike = words < 8 && !SENTENCE_END.test(line) && !/[,;:]$/.test(line);
	return headingLike && /\p{Lu}/u.test(line.charAt(0)) ? `## ${line}` : line;
}

/** Words that end in a dot without ending a sentence: "Mr.Smith" is a typo of a title, not two sentences. */
const ABBREVIATIONS = new Set(
	(
		'etc vs mr mrs ms dr jr sr inc corp co ltd st gen sen rep gov lt col no prof capt sgt maj adm ' +
		'rev est fig approx dept univ ave blvd mt ft nos pp cf al'
	).split(' ')
);

/**
 * "the judges.The court" → "the judges. The court". Only a word of two or more letters ending in a
 * lower-case letter (or a closing quote or bracket) before the stop, and a capitalised word after
 * it, so "U.S.", "N.Korea", "e.g.", "Ph.D.", "3.5", "ASP.NET" and "example.com" stay as they are.
 *
 * @example repairMissingSpaces('Talks ended.Reports said so.') // 'Talks ended. Reports said so.'
 */
export function repairMissingSpaces(text: string): string {
	return text.replace(
		/([^\s.!?]{1,40})([.!?])([”’)]?)(?=\p{Lu}\p{Ll})/gu,
		(whole: string, word: string, stop: string, closer: string, offset: number) => {
			// "U.S.Army", "e.g.The": the word is the tail of an initialism; "www.", "a/b.C": an address.
			if ((offset > 0 && !/\s/.test(text.charAt(offset - 1))) || /[/:@\\]/.test(word)) {
				return whole;
			}
			const letters = word.replace(/^[("“‘'[]+|[”’")\]]+$/g, '');
			const endsLikeWord = /\p{Ll}$/u.test(letters) || /[”’")\]]$/.test(word);
			if (!endsLikeWord || !/^\p{L}{2,}/u.test(letters.slice(-2))) return whole;
			if (ABBREVIATIONS.has(letters.toLowerCase()) || letters.toLowerCase() === 'www') {
				return whole;
			}
			return `${word}${stop}${closer} `;
		}
	);
}

function stripHtml(html: string): string {
	return html
		.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(
			/<\/?(?:p|div|br|h[1-6]|li|ul|ol|article|section|blockquote|figure|figcaption)\b[^>]*>/gi,
			'\n\n'
		)
		.replace(/<[^>]*>/g, '')
		.replace(/&nbsp;/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
