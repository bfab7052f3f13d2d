import { describe, expect, it } from 'vitest';
import { cloze, readsCut, shortAnswer, singleChoice } from './draft';

const evidence = [{ id: 'p1s1', text: 'The U.S. Senate passed the bill.' }] as never;
const accepted = (draft: unknown) => (draft as { accepted: string[] }).accepted;

describe('typed answers', () => {
	it('accept the answer without the qualifier a student would leave out', () => {
		const draft = shortAnswer(
			{ prompt: 'Which body passed the bill?', skill: 'detail', evidence },
			['U.S. Senate']
		);
		expect(accepted(draft)).toEqual(['U.S. Senate', 'Senate']);
	});

	it('do not accept a shorter form that ends a wrong answer', () => {
		const draft = cloze(
			{ prompt: 'The _____ passed the bill.', skill: 'detail', evidence },
			['U.S. Senate'],
			['state Senate']
		);
		expect(accepted(draft)).toEqual(['U.S. Senate']);
	});

	it('do not accept a shorter form the prompt already shows', () => {
		const draft = shortAnswer(
			{ prompt: 'Which Senate passed the bill?', skill: 'detail', evidence },
			['U.S. Senate']
		);
		expect(accepted(draft)).toEqual(['U.S. Senate']);
	});
});

describe('choice options', () => {
	it('offer no wrong option the question itself prints', () => {
		const draft = singleChoice(
			{
				prompt: 'Choose the words the article quotes: the messages “cast a cloud” over “_____”.',
				skill: 'detail',
				evidence
			},
			'the investigation',
			[{ text: 'cast a cloud' }, { text: 'a witch hunt' }, { text: 'a great service' }]
		);
		expect(draft?.type === 'single-choice' && draft.options).not.toContain('cast a cloud');
		expect(draft?.type === 'single-choice' && draft.options).toHaveLength(3);
	});
});

describe('options cut short', () => {
	it.each([
		['And new taxes and levies', true],
		['Which has lost money in six of the past eight half-year periods', true],
		['Pension reforms have', true],
		['The price has not', true],
		['Shares in Bluewing', false],
		['Which fell', false]
	])('%j reads cut: %s', (option, cut) => {
		expect(readsCut(option)).toBe(cut);
	});
});

describe('options alike in case', () => {
	it('capitalises every option of a question when some start with a capital and some do not', () => {
		const draft = singleChoice(
			{ prompt: 'Who welcomed the vote?', skill: 'detail', evidence },
			'Business groups',
			[{ text: 'the centre-right government' }, { text: 'young workers' }]
		) as { options: string[]; answerText: string };
		expect([...draft.options].sort()).toEqual([
			'Business groups',
			'The centre-right government',
			'Young workers'
		]);
	});

	it('leaves the options of a gap as they fit the sentence', () => {
		const draft = singleChoice(
			{
				prompt: 'Choose the answer that fills the gap: _____ welcomed the vote.',
				skill: 'detail',
				evidence
			},
			'Business groups',
			[{ text: 'young workers' }, { text: 'the unions' }]
		) as { options: string[] };
		expect(draft.options).toContain('young workers');
	});
});
