import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../../tests/unit/generate/helpers';
import { breakAfter, commaAfter, has, isAuxiliary, isNominal, semicolonAfter } from './lexicon';

const termsOf = (sentence: string) => analyzed(sentence).sentences[0]!.terms;
const termOf = (sentence: string, word: string) => termsOf(sentence).find((t) => t.text === word);

describe('has', () => {
	it('reads a tag of a term and is false for no term', () => {
		const term = termOf('The bridge reopened.', 'bridge');
		expect([has(term, 'Noun'), has(term, 'Verb'), has(undefined, 'Noun')]).toEqual([
			true,
			false,
			false
		]);
	});
});

describe('isAuxiliary', () => {
	it.each([
		['It has closed.', 'has', true],
		['It will close.', 'will', true],
		['It was closed.', 'was', true],
		['It closed.', 'closed', false],
		['The bridge closed.', 'bridge', false]
	])('in %j, “%s” is an auxiliary: %s', (sentence, word, expected) => {
		expect(isAuxiliary(termOf(sentence, word))).toBe(expected);
	});

	it('is false for no term', () => {
		expect(isAuxiliary(undefined)).toBe(false);
	});
});

describe('isNominal', () => {
	it.each([
		['The bridge closed.', 'The', true],
		['The bridge closed.', 'bridge', true],
		['The bridge closed.', 'closed', false],
		['More than 40 officers came.', 'More', true],
		['More than 40 officers came.', '40', true],
		['Her old car broke.', 'old', true],
		['It ran quickly.', 'quickly', false]
	])('in %j, “%s” can be part of a noun phrase: %s', (sentence, word, expected) => {
		expect(isNominal(termOf(sentence, word))).toBe(expected);
	});

	it('is false for no term', () => {
		expect(isNominal(undefined)).toBe(false);
	});
});

describe('punctuation after a term', () => {
	const terms = termsOf('Almaty, the city; the “capital” — old (then) — fell: yes.');
	const after = (word: string) => {
		const term = terms.find((t) => t.text.replace(/[“”]/g, '') === word);
		return [commaAfter(term), semicolonAfter(term), breakAfter(term)];
	};

	it.each([
		['Almaty', [true, false, true]],
		['city', [false, true, true]],
		['the', [false, false, false]],
		['capital', [false, false, true]],
		['fell', [false, false, true]]
	])('after “%s”: comma, semicolon, break = %j', (word, expected) => {
		expect(after(word)).toEqual(expected);
	});

	it('finds no punctuation after no term', () => {
		expect([commaAfter(undefined), semicolonAfter(undefined), breakAfter(undefined)]).toEqual([
			false,
			false,
			false
		]);
	});
});
