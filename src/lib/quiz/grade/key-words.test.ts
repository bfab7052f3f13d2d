import { describe, expect, it } from 'vitest';
import { holdsKeyWords } from './key-words';
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
