import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { contentWords, eventClauses, eventPhrases } from './effects-pool';

const article = analyzed(
	'Fresh gunfire was heard near the main square earlier on Friday.',
	'According to the government, a bloody crackdown followed in the city.',
	'It was loud.',
	'“We are afraid,” residents said.',
	'Was it safe?'
);

describe('eventClauses', () => {
	it('takes main clauses that tell of events, opener dropped, first letter lowered', () => {
		expect(eventClauses(article, [])).toEqual([
			'fresh gunfire was heard near the main square earlier on Friday',
			'a bloody crackdown followed in the city'
		]);
	});

	it('leaves out the sentences to skip', () => {
		expect(eventClauses(article, [article.sentences[0]!])).toEqual([
			'a bloody crackdown followed in the city'
		]);
	});
});

describe('eventClauses of sentences that lean on the one before', () => {
	it('takes no clause whose subject stands for people named before ("Some were moved …")', () => {
		const clauses = eventClauses(
			analyzed(
				'Dozens of injured villagers were treated at a field hospital in the square.',
				'Some were moved to the regional capital by bus on Saturday.',
				'They waited for hours at the border crossing.'
			),
			[]
		);
		expect(clauses).toEqual([
			'dozens of injured villagers were treated at a field hospital in the square'
		]);
	});
});

describe('eventPhrases', () => {
	it('finds adjective and noun phrases', () => {
		expect(eventPhrases(article)).toEqual(['bloody crackdown', 'fresh gunfire']);
	});

	it('takes no half of a hyphenated word ("centre-right government")', () => {
		const phrases = eventPhrases(
			analyzed('The centre-right government faced a bitter strike over the reform on Friday.')
		);
		expect(phrases.filter((p) => /^right\b/.test(p))).toEqual([]);
	});

	it('finds no thing picked out by a superlative or headed by a thing: "largest telecommunications company"', () => {
		const phrases = eventPhrases(
			analyzed(
				'Shares of Safaricom, the largest telecommunications company, fell on Tuesday.',
				'The new telecommunications company grew fast.',
				'A sudden price rise angered the traders.'
			)
		);
		expect(phrases.filter((p) => /company/.test(p))).toEqual([]);
		expect(phrases).toContain('sudden price rise');
	});

	it('finds none in an article without them', () => {
		expect(eventPhrases(analyzed('It was loud.', 'Was it safe?'))).toEqual([]);
	});
});

describe('contentWords', () => {
	it.each([
		['The price of LPG doubled and it was high', ['price', 'lpg', 'doubled', 'it', 'high']],
		['', []],
		['the of and', []]
	])('reads the content words of %j', (text, expected) => {
		expect([...contentWords(text)]).toEqual(expected);
	});
});
