import { describe, expect, it } from 'vitest';
import { segmentBody } from '../article/segment';
import { estimatedGrade, readingSummary } from './describe';
import { measureBlocks, measureSentences } from './measure';
import { letterCount, wordsOf } from './words';

/** Measured as the app measures an article: split into sentences by its own splitter. */
const measureText = (text: string) => measureBlocks(segmentBody(text));

describe('measureBlocks on published worked examples', () => {
	// CS50's "Readability" (problem set 2): "65 letters, 4 sentences, and 14 words", grade 3.
	it('counts CS50’s Dr. Seuss line as CS50 does and gives Coleman–Liau grade 3', () => {
		const text =
			"Congratulations! Today is your day. You're off to Great Places! You're off and away!";
		const level = measureText(text);
		expect(level.sentences).toBe(4);
		expect(level.words).toBe(14);
		expect(wordsOf(text).reduce((sum, word) => sum + letterCount(word), 0)).toBe(65);
		expect(Math.round(level.colemanLiauIndex ?? NaN)).toBe(3);
	});

	// Wikipedia's platypus sentence: 13 words, 26 syllables, one sentence → FK 13.08 (see formulas.test.ts).
	it('gives Wikipedia’s platypus sentence Flesch–Kincaid grade 13.1', () => {
		const level = measureText(
			'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.'
		);
		expect(level).toMatchObject({ words: 13, sentences: 1, fleschKincaidGrade: 13.1 });
	});
});

describe('measureBlocks', () => {
	it('does not end a sentence at an abbreviation', () => {
		const level = measureText('The U.S. Supreme Court ruled on Monday. Mr. Biden spoke.');
		expect(level).toMatchObject({ words: 10, sentences: 2 });
	});

	it('leaves headings out', () => {
		const withHeading = measureText('## A long heading of many words here\n\nThe river rose.');
		expect(withHeading).toEqual(measureText('The river rose.'));
	});

	it('counts text without a full stop as one sentence', () => {
		expect(measureText('The river rose over the road')).toMatchObject({ words: 6, sentences: 1 });
	});

	it('measures one word', () => {
		const level = measureText('Hello');
		// 0.39 × 1 + 11.8 × 2 − 15.59 and 0.0588 × 500 − 0.296 × 100 − 15.8.
		expect(level).toEqual({
			words: 1,
			sentences: 1,
			fleschKincaidGrade: 8.4,
			colemanLiauIndex: -16
		});
		expect(estimatedGrade(level)).toBe(1);
	});

	it('measures numbers alone: words without letters', () => {
		const level = measureText('2022 1,180 3.5%');
		expect(level.words).toBe(3);
		// No letters: Coleman–Liau is at its floor for 1 sentence in 3 words.
		expect(level.colemanLiauIndex).toBe(-25.7);
		expect(estimatedGrade(level)).toBe(1);
	});

	it('puts a very long sentence at college level, with values kept in range', () => {
		const long = Array.from({ length: 750 }, () => 'The committee considered regulations').join(
			' '
		);
		const level = measureSentences([`${long}.`]);
		expect(level.sentences).toBe(1);
		expect(level.words).toBe(3000);
		// 0.39 × 3000 words in a sentence is past 1,000: stored at the schema's ceiling.
		expect(level.fleschKincaidGrade).toBe(999);
		expect(readingSummary(level)).toBe('college level · 15 min read · 3,000 words');
	});

	it('gives no scores for an article without words', () => {
		const empty = { words: 0, sentences: 0, fleschKincaidGrade: null, colemanLiauIndex: null };
		expect(measureText('')).toEqual(empty);
		expect(measureSentences(['—', '…'])).toEqual(empty);
		expect(estimatedGrade(empty)).toBeUndefined();
	});

	it('is the same for the same text', () => {
		const text = 'Floods closed the port. Ships waited offshore for three days.';
		expect(measureText(text)).toEqual(measureText(text));
	});
});
