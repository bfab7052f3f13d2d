import type { PdfLine } from './pdf-lines';

/** One page's lines, top to bottom, and the page's height in points. */
interface PdfPageLines {
	height: number;
	lines: PdfLine[];
}

/** How many baselines at the top and at the bottom of a page may hold a header, footer or page number. */
const EDGE_BASELINES = 3;
/** Share of the page's height, at the top and at the bottom, where headers and footers sit. */
const EDGE_BAND = 0.2;
/** Baselines closer than this (points) count as one when finding a page's top and bottom lines. */
const BASELINE_TOLERANCE = 2;

const PAGE_NUMBER_PATTERNS = [
	/^(?:page|p\.|pg\.?)?\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
	/^[-–—]\s*\d{1,4}\s*[-–—]$/,
	/^[([]\s*\d{1,4}\s*[)\]]$/
];

type Edge = 'top' | 'bottom';

interface RunningText {
	edge: Edge;
	firstText: string;
	pages: Set<number>;
	lines: PdfLine[];
}

/**
 * The pages without their page numbers and running headers and footers, with one line per kind of
 * thing dropped. A running header or footer is a line among the top (or bottom) three baselines, in
 * the top (or bottom) fifth, of at least two pages whose text is the same once case, spacing and digits are ignored ("Page 2" and
 * "Page 3" match).
 *
 * @example dropRunningText(pages).dropped // ['Running header “The Example Herald — Weekly” on 2 pages', 'Page numbers (2)']
 */
export function dropRunningText(pages: PdfPageLines[]): { pages: PdfLine[][]; dropped: string[] } {
	const dropping = new Set<PdfLine>();
	let pageNumbers = 0;
	const running = new Map<string, RunningText>();

	for (const page of pages) {
		for (const { line, edge } of edgeLines(page)) {
			if (isPageNumber(line.text)) {
				dropping.add(line);
				pageNumbers += 1;
				continue;
			}
			const key = `${edge}:${comparable(line.text)}`;
			const entry = running.get(key) ?? {
				edge,
				firstText: line.text,
				pages: new Set<number>(),
				lines: []
			};
			entry.pages.add(line.page);
			entry.lines.push(line);
			running.set(key, entry);
		}
	}

	const repeated = [...running.values()].filter((entry) => entry.pages.size >= 2);
	for (const entry of repeated) entry.lines.forEach((line) => dropping.add(line));
	const dropped = [
		...repeated.filter((entry) => entry.edge === 'top').map((entry) => describe(entry, 'header')),
		...repeated
			.filter((entry) => entry.edge === 'bottom')
			.map((entry) => describe(entry, 'footer')),
		...(pageNumbers > 0 ? [`Page numbers (${pageNumbers})`] : [])
	];
	return {
		pages: pages.map((page) => page.lines.filter((line) => !dropping.has(line))),
		dropped
	};
}

/** Whether a line is only a page number: "3", "Page 3 of 5", "- 3 -", "p. 3", "3/5". */
function isPageNumber(text: string): boolean {
	const trimmed = text.trim();
	return PAGE_NUMBER_PATTERNS.some((pattern) => pattern.test(trimmed));
}

function describe(entry: RunningText, kind: 'header' | 'footer'): string {
	return `Running ${kind} “${entry.firstText}” on ${entry.pages.size} pages`;
}

function comparable(text: string): string {
	return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** Lines on the page's outer baselines within its outer bands, each tagged with its edge. */
function edgeLines(page: PdfPageLines): { line: PdfLine; edge: Edge }[] {
	const baselines = distinctBaselines(page.lines);
	const top = baselines.slice(0, EDGE_BASELINES);
	const bottom = baselines.slice(-EDGE_BASELINES);
	const topBand = page.height * (1 - EDGE_BAND);
	const bottomBand = page.height * EDGE_BAND;
	const onBaseline = (line: PdfLine, ys: number[]) =>
		ys.some((y) => Math.abs(y - line.y) <= BASELINE_TOLERANCE);
	return page.lines.flatMap((line): { line: PdfLine; edge: Edge }[] => {
		if (line.y >= topBand && onBaseline(line, top)) return [{ line, edge: 'top' }];
		if (line.y <= bottomBand && onBaseline(line, bottom)) return [{ line, edge: 'bottom' }];
		return [];
	});
}

/** The page's baselines, top first, near-equal ones merged. */
function distinctBaselines(lines: PdfLine[]): number[] {
	const ys = lines.map((line) => line.y).sort((a, b) => b - a);
	const distinct: number[] = [];
	for (const y of ys) {
		const last = distinct.at(-1);
		if (last === undefined || last - y > BASELINE_TOLERANCE) distinct.push(y);
	}
	return distinct;
}
