/**
 * Longer strings are compared exactly, never for typos: this caps the work of one comparison at about
 * MAX_TYPO_LENGTH² steps, however long the student's input (a pasted 100 KB text stays instant).
 */
export const MAX_TYPO_LENGTH = 80;

/**
 * Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, or swap two
 * neighbours) between two strings, counted in code points so an emoji is one character. Stops early:
 * any distance above `max` is reported as `max + 1`.
 *
 * @example boundedEditDistance('rusia', 'russia', 2) // 1
 * @example boundedEditDistance('kazakstan', 'kazakhstan', 2) // 1
 * @example boundedEditDistance('china', 'russia', 1) // 2 (that is, "more than 1")
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
	if (a === b) return 0;
	const over = max + 1;
	if (a.length > 2 * MAX_TYPO_LENGTH || b.length > 2 * MAX_TYPO_LENGTH) return over;
	const s = Array.from(a);
	const t = Array.from(b);
	if (s.length > MAX_TYPO_LENGTH || t.length > MAX_TYPO_LENGTH) return over;
	if (Math.abs(s.length - t.length) > max) return over;

	let beforePrevious = new Array<number>(t.length + 1).fill(0);
	let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
	let current = new Array<number>(t.length + 1).fill(0);
	for (let i = 1; i <= s.length; i++) {
		current[0] = i;
		let rowMinimum = i;
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			let best = Math.min(
				(previous[j] ?? over) + 1,
				(current[j - 1] ?? over) + 1,
				(previous[j - 1] ?? over) + cost
			);
			if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
				best = Math.min(best, (beforePrevious[j - 2] ?? over) + 1);
			}
			current[j] = best;
			rowMinimum = Math.min(rowMinimum, best);
		}
		// Every later row is at least this row's minimum, so the answer is already known to be too far.
		if (rowMinimum > max) return over;
		[beforePrevious, previous, current] = [previous, current, beforePrevious];
	}
	return Math.min(previous[t.length] ?? over, over);
}
