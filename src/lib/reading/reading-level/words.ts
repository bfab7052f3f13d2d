/**
 * How Lectern counts words and letters, for the word count, reading time and both formulas.
 *
 * - A word is a run of characters between spaces (or dashes — and –, which stand between words in
 *   news text) holding at least one letter or digit: "self-conscious", "You're", "U.S." and
 *   "COVID-19" are one word each, a lone "—" or "&" is none.
 * - Numbers ("2022", "1,180", "3.5%") are words: a reader reads them, and they take time.
 * - Letters are letters in any alphabet (é, ñ, ş count); digits, apostrophes and other marks are not,
 *   as in CS50's Readability, whose worked examples the tests check.
 */

const BETWEEN_WORDS = /[\s\u2012-\u2015]+|-{2,}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/gu;

/** @example wordsOf('Troops arrived — 2,500 of them.') // ['Troops', 'arrived', '2,500', 'of', 'them.'] */
export function wordsOf(sentence: string): string[] {
	return sentence.split(BETWEEN_WORDS).filter((token) => WORDLIKE.test(token));
}

/** @example letterCount("You're") // 5 */
export function letterCount(word: string): number {
	return word.match(LETTER)?.length ?? 0;
}
