// Ragged-right line breaking for the PDF fixture, hyphenating at "|" marks (and after a compound's
// own hyphen) when the next word does not fit, as a word processor with hyphenation on does.

interface WrappedLine {
	text: string;
	/** The line ends inside a word, at a "|" mark, with a hyphen added. */
	hyphenated: boolean;
}

/** Leave a line short rather than hyphenate when less than this (points) would be gained. */
const MIN_HYPHENATED_PART = 8;

export function wrap(
	text: string,
	width: (line: string) => number,
	firstLineWidth: number,
	lineWidth: number
): WrappedLine[] {
	const lines: WrappedLine[] = [];
	let current = '';
	const available = () => (lines.length === 0 ? firstLineWidth : lineWidth);
	const words = text.split(/\s+/);
	for (let index = 0; index < words.length; index += 1) {
		const word = words[index] ?? '';
		const candidate = current ? `${current} ${plain(word)}` : plain(word);
		if (width(candidate) <= available()) {
			current = candidate;
			continue;
		}
		const split = bestSplit(current, word, width, available());
		if (!split && !current) {
			current = plain(word);
			continue;
		}
		if (split) {
			lines.push({ text: split.line, hyphenated: split.hyphenated });
			words.splice(index + 1, 0, split.rest);
		} else {
			lines.push({ text: current, hyphenated: false });
			words.splice(index + 1, 0, word);
		}
		current = '';
	}
	if (current) lines.push({ text: current, hyphenated: false });
	return lines;
}

/** The longest first part of the word (at a "|" mark or after a hyphen) that still fits the line. */
function bestSplit(
	current: string,
	word: string,
	width: (line: string) => number,
	available: number
): { line: string; rest: string; hyphenated: boolean } | undefined {
	const points = [...word.matchAll(/[|-]/g)].map((match) => match.index).reverse();
	for (const point of points) {
		const head = plain(word.slice(0, point)) + '-';
		const line = current ? `${current} ${head}` : head;
		if (width(line) > available) continue;
		if (width(head) < MIN_HYPHENATED_PART) return undefined;
		return { line, rest: word.slice(point + 1), hyphenated: word[point] === '|' };
	}
	return undefined;
}

function plain(word: string): string {
	return word.replaceAll('|', '');
}
