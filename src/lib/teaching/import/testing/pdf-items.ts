import type { PdfPageText, PdfTextItem } from '../pdf-lines';

/** Body text's size and leading in the hand-built pages, in points. */
export const BODY_SIZE = 11;
export const LEADING = 14;
export const LEFT = 72;
const PAGE_HEIGHT = 800;

/** A run whose width is estimated at half an em a character, near enough for layout rules. */
export function item(
	text: string,
	x: number,
	y: number,
	fontSize: number = BODY_SIZE
): PdfTextItem {
	return { text, x, y, width: text.length * fontSize * 0.5, fontSize };
}

/** Lines set one under the other from `top`, each at the left margin unless it says otherwise. */
export function stacked(
	lines: (string | { text: string; x?: number; gapBefore?: number; size?: number })[],
	top: number
): PdfTextItem[] {
	let y = top;
	return lines.map((line, index) => {
		const spec = typeof line === 'string' ? { text: line } : line;
		if (index > 0) y -= LEADING + (spec.gapBefore ?? 0);
		return item(spec.text, spec.x ?? LEFT, y, spec.size ?? BODY_SIZE);
	});
}

export function page(...items: PdfTextItem[][]): PdfPageText {
	return { height: PAGE_HEIGHT, items: items.flat() };
}

const FILLER = 'while more words keep this line running as far as a line of body text usually runs';

/** About 80 characters from `start`: long enough not to be read as a paragraph's short last line. */
export function fullLine(start: string): string {
	const long = `${start} ${FILLER}`;
	return long.slice(0, long.lastIndexOf(' ', 80));
}
