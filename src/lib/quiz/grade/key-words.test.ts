import { describe, expect, it } from 'vitest';
import { holdsKeyWords, sameWordsReordered } from './key-words';
import { normalizeAnswer } from './normalize-answer';
import { matchTextAnswer } from './match-text-answer';

const holds = (response: string, key: string) =>
	holdsKeyWords(normalizeAnswer(response), normalizeAnswer(key));

describe('holdsKeyWords', () => {
	it.each([
		[
			'the key words without the adjectives',
			'anger and hostility',
			'tremendous anger and open hostility'
		],
		[
			'another ending and order',
			'refusing to certify, Trump',
			'Trump refused to certify it in mid-October'
		],
		[
			'a paraphrase that keeps the content words',
			'the flood damaged the main bridge',
			'floods damaged the main bridge badly'
		]
	])('accepts %s', (_, response, key) => {
		expect(holds(response, key)).toBe(true);
	});

	it.each([
		['a key of two content words, compared whole', 'open hostility', 'tremendous hostility'],
		[
			'an answer that adds a negation',
			'Trump did not refuse to certify it',
			'Trump refused to certify it'
		],
		[
			'too few of the key words',
			'Trump certified it',
			'Trump refused to certify it in mid-October'
		],
		[
			'an answer that lists everything',
			'anger hostility ' + 'and protests and riots and strikes and marches '.repeat(2),
			'tremendous anger and open hostility'
		],
		['a name and a number', 'Ana', 'Ana Ruiz']
	])('refuses %s', (_, response, key) => {
		expect(holds(response, key)).toBe(false);
	});

	it('never accepts by key words what another real answer holds as well', () => {
		const match = matchTextAnswer(
			normalizeAnswer('rising fuel prices'),
			['rising fuel prices in the west'],
			['rising fuel prices in the east']
		);
		expect(match.kind).toBe('none');
		expect(
			matchTextAnswer(
				normalizeAnswer('anger and hostility'),
				['tremendous anger and open hostility'],
				[]
			).kind
		).toBe('key-words');
	});
});

describe('sameWordsReordered', () => {
	const reordered = (response: string, key: string) =>
		sameWordsReordered(normalizeAnswer(response), normalizeAnswer(key));

	it('accepts a two-word key said the other way round', () => {
		expect(reordered('Lufthansa pilots', 'Pilots at Lufthansa')).toBe(true);
		expect(reordered('the harbour of Valmouth', 'Valmouth harbour')).toBe(true);
	});

	it.each([
		['a word added', 'Lufthansa cabin pilots', 'Pilots at Lufthansa'],
		['a word left out', 'pilots', 'Pilots at Lufthansa'],
		['a negation added', 'not Lufthansa pilots', 'Pilots at Lufthansa'],
		['a key of three words', 'strike rail national', 'national rail strike']
	])('refuses %s', (_, response, key) => {
		expect(reordered(response, key)).toBe(false);
	});

	it('grades a reordered answer right and a reordered other answer wrong', () => {
		expect(matchTextAnswer('lufthansa pilots', ['Pilots at Lufthansa'], []).kind).toBe('key-words');
		expect(matchTextAnswer('lufthansa pilots', ['Cabin crew'], ['Pilots at Lufthansa']).kind).toBe(
			'none'
		);
	});
});
