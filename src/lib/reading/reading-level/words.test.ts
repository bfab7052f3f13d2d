import { describe, expect, it } from 'vitest';
import { letterCount, wordsOf } from './words';

describe('wordsOf', () => {
	it('keeps hyphenated words, contractions and initialisms whole', () => {
		expect(wordsOf("You're a self-conscious U.S. citizen.")).toEqual([
			"You're",
			'a',
			'self-conscious',
			'U.S.',
			'citizen.'
		]);
	});

	it('counts numbers as words', () => {
		expect(wordsOf('About 2,500 troops, 3.5% of them, left in 2022.')).toHaveLength(9);
	});

	it('splits at dashes between words and drops marks that are not words', () => {
		expect(wordsOf('Troops arrived—2,500 of them — and left & went.')).toEqual([
			'Troops',
			'arrived',
			'2,500',
			'of',
			'them',
			'and',
			'left',
			'went.'
		]);
	});

	it('finds no words in empty or punctuation-only text', () => {
		expect(wordsOf('')).toEqual([]);
		expect(wordsOf('  — … !  ')).toEqual([]);
	});
});

describe('letterCount', () => {
	it('counts letters in any alphabet, not digits, apostrophes or stops', () => {
		expect(letterCount("You're")).toBe(5);
		expect(letterCount('U.S.')).toBe(2);
		expect(letterCount('Kazakhstan’s')).toBe(11);
		expect(letterCount('Ñandú')).toBe(5);
		expect(letterCount('2,500')).toBe(0);
	});
});
