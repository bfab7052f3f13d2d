/**
 * The letter that marks the entry at `index` on paper: A–Z, then AA, AB… (a list is never that long
 * in practice, but a letter must never repeat).
 *
 * @example letterFor(1) // 'B'
 */
export function letterFor(index: number): string {
	let rest = Math.floor(index);
	let letters = '';
	do {
		letters = String.fromCharCode(65 + (rest % 26)) + letters;
		rest = Math.floor(rest / 26) - 1;
	} while (rest >= 0);
	return letters;
}
