import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import {
	clauseFrom,
	conjugate,
	hasUnresolved,
	MAX_ANSWER_WORDS,
	resolvePossessive
} from './effects-clause';

describe('clauseFrom', () => {
	const clauseOf = (text: string, from = 0) => clauseFrom(analyzed(text).sentences[0]!, from);

	it.each([
		['Prices rose, which, officials said, had been frozen, and then fell.', 'Prices rose'],
		['The dam failed, prompting evacuations across the valley.', 'The dam failed'],
		['The bank collapsed; savers lost money.', 'The bank collapsed'],
		['Prices rose while wages fell.', 'Prices rose'],
		['The bank (KB) collapsed.', 'The bank (KB) collapsed'],
		['The bank (founded in 1900) collapsed.', 'The bank collapsed'],
		['Collapsed.', undefined]
	])('reads the clause of %j as %j', (text, expected) => {
		expect(clauseOf(text)).toBe(expected);
	});

	it('starts at the given character', () => {
		const text = 'After the storm, the river burst its banks.';
		expect(clauseOf(text, text.indexOf('the river'))).toBe('the river burst its banks');
	});

	it('leaves out the purpose of a clause too long to be an answer', () => {
		const text =
			'The strike forced long talks between the port owners and the dock workers union to make sure the ships could sail.';
		expect(clauseOf(text, text.indexOf('long talks'))).toBe(
			'long talks between the port owners and the dock workers union'
		);
	});

	it(`gives nothing longer than ${MAX_ANSWER_WORDS} words`, () => {
		const long =
			'The government of the northern province decided on Monday to close all of the schools and all of the markets in the region.';
		expect(clauseOf(long)).toBeUndefined();
	});
});

describe('conjugate', () => {
	it.each([
		['take', 'PastTense', 'took'],
		['close', 'Gerund', 'closing'],
		['took', 'Infinitive', 'take'],
		['set up', 'Gerund', 'setting up'],
		['broke down', 'Infinitive', 'break down']
	] as const)('puts %j in the %s form: %j', (verb, form, expected) => {
		expect(conjugate(verb, form)).toBe(expected);
	});
});

describe('hasUnresolved', () => {
	it.each([
		['it fell', true],
		['its collapse', true],
		['they left', true],
		['Them', true],
		['this plan', true],
		['this year it rose', true],
		['this year', false],
		['the bank', false],
		['Item costs', false],
		['', false]
	])('finds a pronoun to resolve in %j: %s', (text, expected) => {
		expect(hasUnresolved(text)).toBe(expected);
	});
});

describe('resolvePossessive', () => {
	const article = analyzed(
		'Kestrel Bank lost billions in bad loans.',
		'Its collapse shocked savers, and his resignation followed.',
		'Robert Hale, the chief executive, left.',
		'His departure surprised investors.'
	);

	it.each([
		[1, 'its collapse', 'Kestrel Bank’s collapse'],
		[3, 'his departure', 'Robert Hale’s departure'],
		[1, 'his resignation', undefined],
		[1, 'the collapse', 'the collapse'],
		[1, 'their anger', 'their anger']
	])('in sentence %i names the owner of %j: %j', (index, phrase, expected) => {
		expect(resolvePossessive(article, article.sentences[index]!, phrase)).toBe(expected);
	});
});
