import { describe, expect, it } from 'vitest';
import { cloze, shortAnswer } from './draft';

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
