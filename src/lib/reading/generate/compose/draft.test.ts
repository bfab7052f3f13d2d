import { describe, expect, it } from 'vitest';
import { cloze, shortAnswer, singleChoice } from './draft';

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
