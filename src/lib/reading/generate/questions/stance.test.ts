import { describe, expect, it } from 'vitest';
import { headOfQuote } from './stance';

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
