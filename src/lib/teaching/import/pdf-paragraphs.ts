import { joinLines, vocabularyOf, type Vocabulary } from './pdf-hyphenation';
import { linesOfPage, type PdfLine, type PdfPageText } from './pdf-lines';
import { dropRunningText } from './pdf-running-text';

/** A heading or a paragraph of the rebuilt article, its lines joined. */
export interface PdfBlock {
	kind: 'heading' | 'paragraph';
	text: string;
}

export interface RebuiltPdfText {
	blocks: PdfBlock[];
	/** What was left out, one line per kind: "Page numbers (2)". */
	dropped: string[];
}

/** A line this many times the body's font size or more is a heading's. */
const HEADING_SCALE = 1.15;
/** A heading of more lines or characters than this is a large-print paragraph (a lead, a pull quote). */
const HEADING_MAX_LINES = 3;
const HEADING_MAX_CHARS = 200;
/** A baseline gap this many times the usual one separates paragraphs. */
const PARAGRAPH_GAP = 1.35;
/** A line starting this many font sizes right of the previous one opens a paragraph. */
const INDENT = 0.8;
/** A line ending a sentence this far short of the right edge (share of the width) ends a paragraph. */
const SHORT_LINE = 0.2;
const SHORT_LINE_MIN_FONT_SIZES = 6;
const ENDS_SENTENCE = /[.!?:…]["'”’)\]]*$/u;

/** Where a page's body text sits: its usual left edge, right edge and baseline gap. */
interface Layout {
	left: number;
	right: number;
	lineGap: number | undefined;
}

/**
 * The article a PDF's text runs hold: lines grouped by baseline, wrapped lines joined into
 * paragraphs (a new paragraph after a wider gap, at a first-line indent, or after a short line that
 * ends a sentence; a paragraph runs on across a page break unless one of those says otherwise),
 * line-end hyphens undone (see pdf-hyphenation.ts), lines in a larger font than the body's made
 * headings, and page numbers and running headers and footers dropped.
 * Text set in two columns is read across both columns, line by line: it comes out jumbled.
 *
 * @example rebuildPdfText(pages).blocks // [{ kind: 'heading', text: 'Harbour deal signed' }, { kind: 'paragraph', text: '…' }]
 */
export function rebuildPdfText(pages: PdfPageText[]): RebuiltPdfText {
	const { pages: bodyPages, dropped } = dropRunningText(
		pages.map((page, index) => ({ height: page.height, lines: linesOfPage(page, index) }))
	);
	const lines = bodyPages.flat();
	const bodySize = bodyFontSize(lines);
	const isHeading = (line: PdfLine) =>
		line.fontSize >= bodySize * HEADING_SCALE && /\p{L}/u.test(line.text);
	const documentLayout = layoutOf(lines.filter((line) => !isHeading(line)));
	const layouts = bodyPages.map((page) => {
		const body = page.filter((line) => !isHeading(line));
		return body.length >= 3
			? { ...layoutOf(body), lineGap: documentLayout.lineGap }
			: documentLayout;
	});

	const groups: { heading: boolean; lines: PdfLine[] }[] = [];
	let previous: PdfLine | undefined;
	for (const line of lines) {
		const heading = isHeading(line);
		const group = groups.at(-1);
		const layout = layouts[line.page] ?? documentLayout;
		const continues =
			group !== undefined &&
			previous !== undefined &&
			group.heading === heading &&
			(heading
				? headingContinues(previous, line)
				: paragraphContinues(previous, line, layout, group.lines.length === 1));
		if (continues) group.lines.push(line);
		else groups.push({ heading, lines: [line] });
		previous = line;
	}

	const vocabulary = vocabularyOf(lines.map((line) => line.text));
	return {
		blocks: groups.map((group) => ({
			kind: group.heading && isShortHeading(group.lines) ? 'heading' : 'paragraph',
			text: joinedText(group.lines, vocabulary)
		})),
		dropped
	};
}

/**
 * The blocks as the article text the generator reads: paragraphs separated by a blank line,
 * headings written "## Heading".
 */
export function articleTextOf(blocks: PdfBlock[]): string {
	return blocks
		.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text))
		.join('\n\n');
}

function joinedText(lines: PdfLine[], vocabulary: Vocabulary): string {
	return lines.map((line) => line.text).reduce((text, next) => joinLines(text, next, vocabulary));
}

function isShortHeading(lines: PdfLine[]): boolean {
	const characters = lines.reduce((sum, line) => sum + line.text.length, 0);
	return lines.length <= HEADING_MAX_LINES && characters <= HEADING_MAX_CHARS;
}

function headingContinues(previous: PdfLine, line: PdfLine): boolean {
	return (
		previous.page === line.page &&
		Math.abs(previous.fontSize - line.fontSize) < 0.5 &&
		previous.y - line.y > 0 &&
		previous.y - line.y <= 1.6 * line.fontSize
	);
}

function paragraphContinues(
	previous: PdfLine,
	line: PdfLine,
	layout: Layout,
	previousOpened: boolean
): boolean {
	const indent = INDENT * line.fontSize;
	const indented = line.x - previous.x > indent && line.x - layout.left > indent;
	if (indented || endsShort(previous, layout)) return false;
	if (previousOpened && oneLineParagraph(previous, line, layout)) return false;
	const gap = previous.y - line.y;
	// A new page or a new column: nothing but an indent or a short line says the paragraph ended.
	if (previous.page !== line.page || gap <= 0) return true;
	return layout.lineGap === undefined || gap <= layout.lineGap * PARAGRAPH_GAP;
}

/**
 * A paragraph of one full line before another indented one: both lines start at the same indent
 * (a continuation line would go back to the margin), the first ends a sentence and the second
 * starts one. Without this the two paragraphs were read as one.
 */
function oneLineParagraph(previous: PdfLine, line: PdfLine, layout: Layout): boolean {
	const indent = INDENT * line.fontSize;
	return (
		previous.x - layout.left > indent &&
		Math.abs(line.x - previous.x) < 1 &&
		ENDS_SENTENCE.test(previous.text) &&
		/^[\p{Lu}\p{N}"“‘'(]/u.test(line.text)
	);
}

function endsShort(line: PdfLine, layout: Layout): boolean {
	const width = layout.right - layout.left;
	const shortfall = layout.right - line.right;
	return (
		ENDS_SENTENCE.test(line.text) &&
		shortfall > Math.max(SHORT_LINE * width, SHORT_LINE_MIN_FONT_SIZES * line.fontSize)
	);
}

/** The font size most of the text is set in, weighted by characters. */
function bodyFontSize(lines: PdfLine[]): number {
	const characters = new Map<number, number>();
	for (const line of lines) {
		const size = Math.round(line.fontSize * 2) / 2;
		characters.set(size, (characters.get(size) ?? 0) + line.text.length);
	}
	let best: [number, number] = [0, -1];
	for (const entry of characters) if (entry[1] > best[1]) best = entry;
	return best[0];
}

function layoutOf(lines: PdfLine[]): Layout {
	const rights = lines.map((line) => line.right).sort((a, b) => a - b);
	return {
		left: mostCommon(lines.map((line) => Math.round(line.x))) ?? 0,
		right: rights[Math.floor(rights.length * 0.9)] ?? rights.at(-1) ?? 0,
		lineGap: usualLineGap(lines)
	};
}

/**
 * The gap between consecutive baselines inside a paragraph: the lower quartile of all gaps on a
 * page, since in a text of two-line paragraphs half the gaps are between paragraphs.
 */
function usualLineGap(lines: PdfLine[]): number | undefined {
	const gaps: number[] = [];
	for (let index = 1; index < lines.length; index += 1) {
		const above = lines[index - 1];
		const below = lines[index];
		if (!above || !below || above.page !== below.page) continue;
		const gap = above.y - below.y;
		if (gap > 0 && gap < 3 * below.fontSize) gaps.push(gap);
	}
	gaps.sort((a, b) => a - b);
	return gaps[Math.floor(gaps.length / 4)];
}

function mostCommon(values: number[]): number | undefined {
	const counts = new Map<number, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	let best: number | undefined;
	let bestCount = 0;
	for (const [value, count] of counts) {
		if (count > bestCount || (count === bestCount && best !== undefined && value < best)) {
			best = value;
			bestCount = count;
		}
	}
	return best;
}
