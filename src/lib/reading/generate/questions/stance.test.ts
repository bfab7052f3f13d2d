import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { headOfQuote, stanceQuestions } from './stance';

describe('headOfQuote', () => {
	it.each([
		['a gamble with the future of the entire economy', ['a gamble', 'gamble']],
		['a bitter day for the region', ['a bitter day', 'bitter day']],
		['a day of mourning', []],
		['extraordinary and insubordinate', []],
		['deeply disappointed', []]
	])('%j is also accepted as %j', (quote, heads) => {
		expect(headOfQuote(quote)).toEqual(heads);
	});
});

describe('stanceQuestions', () => {
	it('asks nothing of a target that carries a verb of saying', () => {
		const prompts = stanceQuestions(
			analyzed(
				'Transparency campaigner Mercy Banda, director of the Lusaka-based Centre for Accountable Governance, said the conviction was "an important milestone" but that recovering stolen assets remained slow.',
				'A Zambian court convicted the former minister of corruption on Friday.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /describe said/.test(p))).toEqual([]);
	});
});
