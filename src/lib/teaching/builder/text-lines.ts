/**
 * List fields the teacher edits as text, one entry a line. Blank lines and surrounding spaces are
 * dropped, so a trailing newline while typing never becomes an empty entry.
 */

/** @example linesOf('Russia\n\n  LPG \n') // ['Russia', 'LPG'] */
export function linesOf(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line.length > 0);
}

export const textOfLines = (lines: readonly string[]): string => lines.join('\n');

interface Pair {
	left: string;
	right: string;
}

/** What separates the two sides of a matching pair on its line. */
export const PAIR_SEPARATOR = '=';

/**
 * Matching pairs written `left = right`, split at the first "=". A line without one becomes a pair
 * with an empty right side, which the schema then reports for that pair.
 *
 * @example pairsOf('Russia = Moscow\nChina = Beijing')
 * // [{ left: 'Russia', right: 'Moscow' }, { left: 'China', right: 'Beijing' }]
 */
export function pairsOf(text: string): Pair[] {
	return linesOf(text).map((line) => {
		const at = line.indexOf(PAIR_SEPARATOR);
		if (at < 0) return { left: line, right: '' };
		return { left: line.slice(0, at).trim(), right: line.slice(at + 1).trim() };
	});
}

export const textOfPairs = (pairs: readonly Pair[]): string =>
	pairs.map((p) => `${p.left} ${PAIR_SEPARATOR} ${p.right}`).join('\n');
