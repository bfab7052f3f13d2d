import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { EMPTY_HEAD, nounRuns, phraseQuestions } from './phrases';

describe('nounRuns', () => {
	const runsOf = (text: string) => {
		const { terms } = analyzed(text).sentences[0]!;
		return nounRuns(terms).map(([from, to]) =>
			terms
				.slice(from, to)
				.map((t) => t.text)
				.join(' ')
		);
	};

	it.each([
		[
			'Lawmakers filed a discharge petition to force a vote on the temporary protection program.',
			['discharge petition', 'temporary protection program']
		],
		['The old red car of the tall man stopped.', ['old red car', 'tall man']],
		['Last week some people left.', []],
		['Prices rose.', []],
		[
			'The court left aside whether shops can refuse service, as a number have in recent years.',
			[]
		],
		// "days" ends no run, so "many school" would be cut before its head.
		['We have already lost too many school days in this town.', []],
		// A preposition read as an adjective opens no phrase.
		['Concern over supply grew sharply after the crisis.', []]
	])('finds the adjective-and-noun runs of %j', (text, expected) => {
		expect(runsOf(text)).toEqual(expected);
	});
});

describe('EMPTY_HEAD', () => {
	it.each([
		['week', true],
		['people', true],
		['way', true],
		['petition', false]
	])('says “%s” names nothing to remember: %s', (word, expected) => {
		expect(EMPTY_HEAD.test(word)).toBe(expected);
	});
});

describe('phraseQuestions', () => {
	const article = analyzed(
		'Lawmakers filed a discharge petition on Tuesday to force a vote on the bill.',
		'The discharge petition needs 218 signatures before the bill can reach the floor.',
		'Supporters of the temporary protection program say the discharge petition is the last option.'
	);
	const asked = phraseQuestions(article).map((c) => [
		c.draft.prompt,
		c.draft.answerText,
		c.factKey
	]);

	it('gaps a key phrase in each sentence that holds it', () => {
		expect(asked).toContainEqual([
			'Lawmakers filed a _____ on Tuesday to force a vote on the bill.',
			'discharge petition',
			'phrase:p1s1:discharge petition'
		]);
		expect(asked).toContainEqual([
			'The _____ needs 218 signatures before the bill can reach the floor.',
			'discharge petition',
			'phrase:p2s1:discharge petition'
		]);
	});

	it('accepts the phrase’s last two words for a longer phrase', () => {
		const program = phraseQuestions(article).find(
			(c) => c.draft.answerText === 'temporary protection program'
		);
		expect(program?.draft).toMatchObject({
			type: 'cloze',
			accepted: ['temporary protection program', 'protection program']
		});
	});

	it('asks nothing of sentences without such phrases', () => {
		expect(phraseQuestions(analyzed('Prices rose.', 'It was loud.'))).toEqual([]);
	});
});
