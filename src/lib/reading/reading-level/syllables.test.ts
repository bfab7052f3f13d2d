import { describe, expect, it } from 'vitest';
import { syllablesIn } from './syllables';
import { wordsOf } from './words';

describe('syllablesIn', () => {
	// Wikipedia, "Flesch–Kincaid readability tests": "The Australian platypus is seemingly a hybrid
	// of a mammal and reptilian creature." "has 26 syllables and 13 words".
	it('counts Wikipedia’s 26 syllables in its platypus sentence', () => {
		const words = wordsOf(
			'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.'
		);
		expect(words).toHaveLength(13);
		expect(words.reduce((sum, word) => sum + syllablesIn(word), 0)).toBe(26);
	});

	it('ignores punctuation around a word', () => {
		expect(syllablesIn('“creature.”')).toBe(2);
	});

	it('spells out initialisms', () => {
		expect(syllablesIn('U.S.')).toBe(2);
		expect(syllablesIn('FBI')).toBe(3);
		expect(syllablesIn('FBI’s')).toBe(3);
		expect(syllablesIn('CEOs')).toBe(3);
	});

	it('reads capitals of four letters or more as a word', () => {
		expect(syllablesIn('NATO')).toBe(2);
	});

	it('gives a number one syllable per digit', () => {
		expect(syllablesIn('2022')).toBe(4);
		expect(syllablesIn('3.5%')).toBe(2);
	});

	it('adds up the parts of a hyphenated word', () => {
		expect(syllablesIn('self-conscious')).toBe(4);
		expect(syllablesIn('COVID-19')).toBe(4);
	});

	it('gives every word at least one syllable', () => {
		expect(syllablesIn('hmm')).toBe(1);
		expect(syllablesIn('-')).toBe(1);
	});
});
