import { describe, expect, it } from 'vitest';
import { colemanLiauIndex, fleschKincaidGrade } from './formulas';

/**
 * Published worked examples. Each source rounds its result (Wikipedia to one decimal, CS50 to a
 * whole grade), so a value counts as matching within half a unit of the last digit published:
 * 0.05 for one decimal, and the same whole number once rounded for a grade.
 */
const withinOneDecimal = (actual: number, published: number) =>
	expect(Math.abs(actual - published)).toBeLessThanOrEqual(0.05);

describe('fleschKincaidGrade', () => {
	// Wikipedia, "Flesch–Kincaid readability tests", section "Flesch–Kincaid grade level":
	// "Green Eggs and Ham by Dr. Seuss comes close, averaging 5.7 words per sentence and
	// 1.02 syllables per word, with a grade level of −1.3."
	it('gives Green Eggs and Ham grade −1.3', () => {
		withinOneDecimal(fleschKincaidGrade(5.7, 1.02), -1.3);
	});

	// Same section: "The lowest grade level score in theory is −3.40" (one one-syllable word a sentence).
	it('gives −3.40 for one-word sentences of one syllable, the lowest possible', () => {
		expect(fleschKincaidGrade(1, 1)).toBeCloseTo(-3.4, 10);
	});

	// Same article, "Flesch reading ease": the platypus sentence "has 26 syllables and 13 words"
	// (one sentence). The grade level from those counts: 0.39 × 13 + 11.8 × 2 − 15.59 = 13.08.
	it('gives 13.1 for the counts Wikipedia publishes for its platypus sentence', () => {
		withinOneDecimal(fleschKincaidGrade(13 / 1, 26 / 13), 13.1);
	});
});

describe('colemanLiauIndex', () => {
	// CS50's "Readability" problem set (cs50.harvard.edu/x, problem set 2): the Dr. Seuss line has
	// "65 letters, 4 sentences, and 14 words … about 464.29 letters per 100 words … about 28.57
	// sentences per 100 words … we get an answer of 3".
	it('gives CS50’s Dr. Seuss line grade 3', () => {
		const index = colemanLiauIndex((65 / 14) * 100, (4 / 14) * 100);
		expect(Math.round(index)).toBe(3);
		withinOneDecimal(colemanLiauIndex(464.29, 28.57), 3.04);
	});

	// Same page: a Harry Potter passage of "214 letters, 4 sentences, and 56 words … a fifth grade
	// reading level".
	it('gives CS50’s Harry Potter passage grade 5', () => {
		expect(Math.round(colemanLiauIndex((214 / 56) * 100, (4 / 56) * 100))).toBe(5);
	});

	it('rises with longer words and falls with shorter sentences', () => {
		expect(colemanLiauIndex(500, 5)).toBeGreaterThan(colemanLiauIndex(450, 5));
		expect(colemanLiauIndex(450, 10)).toBeLessThan(colemanLiauIndex(450, 5));
	});
});
