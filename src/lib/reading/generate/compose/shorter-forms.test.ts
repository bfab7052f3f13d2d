import { describe, expect, it } from 'vitest';
import { shorterForms } from './shorter-forms';

describe('shorterForms', () => {
	it.each([
		['federal prohibition', ['prohibition']],
		['prospective talks', ['talks']],
		['nationwide protests', ['protests']],
		['U.S. House of Representatives', ['House of Representatives']],
		['U.S. Senate', ['Senate']],
		['Japanese Prime Minister', ['Prime Minister']]
	])('accepts %s without its qualifier', (answer, expected) => {
		expect(shorterForms(answer)).toEqual(expected);
	});

	it.each([
		['a name', 'Robert Mueller'],
		['a compound noun', 'tax code'],
		['a country named in two words', 'United States'],
		['a title that starts with a country', 'United States Attorneys'],
		['a hyphenated describing word', 'last-minute speech'],
		['a list', 'tremendous anger and open hostility'],
		['a number', '21 people'],
		['one word', 'Kazakhstan'],
		['a phrase that ends in no noun', 'very quickly'],
		['a form too short to mean anything', 'big VAT'],
		['a long clause', 'the rate of incarceration in the country is the highest']
	])('leaves %s whole', (_, answer) => {
		expect(shorterForms(answer)).toEqual([]);
	});
});
