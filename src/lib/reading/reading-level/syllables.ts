import { syllable } from 'syllable';

/**
 * Syllables in one word (as `wordsOf` splits them), with the `syllable` package for English words
 * and two rules it does not have:
 *
 * - Numbers: one syllable per digit ("2022" → 4, read "twenty twenty-two", 5). Rough, but a number
 *   said aloud is rarely one syllable, and counting none would make figures look easy.
 * - Initialisms are spelled out: letters with full stops ("U.S.", "e.g.") and capitals of up to
 *   three letters ("FBI", "LPG") count a syllable per letter; longer capitals ("NATO") are read as
 *   words.
 *
 * Hyphenated words count their parts ("COVID-19" → 2 + 2). Every word has at least one syllable.
 *
 * @example syllablesIn('self-conscious') // 4
 */
export function syllablesIn(word: string): number {
	const parts = word.split('-').filter((part) => /[\p{L}\p{N}]/u.test(part));
	const total = parts.reduce((sum, part) => sum + syllablesInPart(part), 0);
	return Math.max(1, total);
}

const DOTTED_INITIALISM = /^(?:\p{L}\.)+\p{L}?\.?$/u;
const SHORT_CAPITALS = /^\p{Lu}{2,3}$/u;

function syllablesInPart(part: string): number {
	const bare = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
	if (!/\p{L}/u.test(bare)) return bare.match(/\p{N}/gu)?.length ?? 0;
	if (DOTTED_INITIALISM.test(bare)) return bare.match(/\p{L}/gu)?.length ?? 0;
	// "FBI's" and "CEOs" are still spelled out: the plural or possessive adds no syllable.
	const stem = bare.replace(/(?:['’]s|s)$/u, '');
	if (SHORT_CAPITALS.test(stem)) return stem.length;
	return Math.max(1, syllable(bare));
}
