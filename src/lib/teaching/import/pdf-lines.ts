/**
 * A run of text as a PDF places it, in PDF points with the origin at the page's bottom-left:
 * `y` is the baseline, so a larger `y` is higher on the page.
 */
export interface PdfTextItem {
	text: string;
	x: number;
	y: number;
	width: number;
	fontSize: number;
}

/** One page's text runs, in any order; `height` is the page's height in the same points. */
export interface PdfPageText {
	height: number;
	items: PdfTextItem[];
}

/** Text runs sharing a baseline and close enough to read as one line. */
export interface PdfLine {
	text: string;
	/** Index of the page, from 0. */
	page: number;
	x: number;
	right: number;
	y: number;
	fontSize: number;
}

/** Runs further apart than this many font sizes are separate lines (a header's left and right parts). */
const SEPARATE_RUNS_GAP = 2;
/** A gap wider than this many font sizes between runs is a space the PDF did not write out. */
const WORD_GAP = 0.15;
/** Runs whose baselines differ by less than this many font sizes share a line. */
const SAME_BASELINE = 0.4;

/**
 * The page's lines from top to bottom, left to right within one baseline.
 *
 * @example linesOfPage({ height: 800, items: [{ text: 'Hello', x: 72, y: 700, width: 30, fontSize: 11 }] }, 0)
 * // [{ text: 'Hello', page: 0, x: 72, right: 102, y: 700, fontSize: 11 }]
 */
export function linesOfPage(page: PdfPageText, pageIndex: number): PdfLine[] {
	const items = page.items.filter((item) => item.text.trim() !== '' && item.fontSize > 0);
	items.sort((a, b) => b.y - a.y || a.x - b.x);
	const rows: PdfTextItem[][] = [];
	for (const item of items) {
		const row = rows.find((candidate) => sharesBaseline(candidate[0], item));
		if (row) row.push(item);
		else rows.push([item]);
	}
	return rows
		.flatMap((row) => splitAtWideGaps(row.sort((a, b) => a.x - b.x)))
		.map((runs) => lineOf(runs, pageIndex))
		.sort((a, b) => b.y - a.y || a.x - b.x);
}

/** Same baseline, or a smaller run raised or lowered within the line's height (a footnote mark). */
function sharesBaseline(first: PdfTextItem | undefined, item: PdfTextItem): boolean {
	if (!first) return false;
	if (Math.abs(item.y - first.y) < SAME_BASELINE * Math.min(first.fontSize, item.fontSize)) {
		return true;
	}
	const [large, small] = first.fontSize >= item.fontSize ? [first, item] : [item, first];
	const rise = small.y - large.y;
	return (
		small.fontSize < large.fontSize && rise > -0.3 * large.fontSize && rise < 0.7 * large.fontSize
	);
}

function splitAtWideGaps(row: PdfTextItem[]): PdfTextItem[][] {
	const parts: PdfTextItem[][] = [];
	let previous: PdfTextItem | undefined;
	for (const item of row) {
		const current = parts.at(-1);
		if (!current || !previous || gapBetween(previous, item) > SEPARATE_RUNS_GAP * item.fontSize) {
			parts.push([item]);
		} else {
			current.push(item);
		}
		previous = item;
	}
	return parts;
}

function gapBetween(left: PdfTextItem, right: PdfTextItem): number {
	return right.x - (left.x + left.width);
}

function lineOf(runs: PdfTextItem[], page: number): PdfLine {
	let text = '';
	let previous: PdfTextItem | undefined;
	for (const run of runs) {
		const needsSpace =
			previous !== undefined &&
			gapBetween(previous, run) > WORD_GAP * run.fontSize &&
			!/\s$/.test(text) &&
			!/^\s/.test(run.text);
		text += (needsSpace ? ' ' : '') + run.text;
		previous = run;
	}
	const longest = runs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
	const first = runs[0] ?? longest;
	const last = runs.at(-1) ?? longest;
	return {
		text: text.replace(/\s+/g, ' ').trim(),
		page,
		x: first.x,
		right: last.x + last.width,
		y: longest.y,
		fontSize: longest.fontSize
	};
}
