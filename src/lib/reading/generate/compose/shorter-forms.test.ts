import { describe, expect, it } from 'vitest';
import { shorterForms } from './shorter-forms';

describe('shorterForms', () => {
	it.each([
		['federal prohibition', ['prohibition']],
		['prospective talks', ['talks']],
		['nationwide protests', ['protests']],
		['U.S. House of Representatives', ['House of Representatives']],
		['U.S. Senate', ['Senate']],
		['Japanese Prime Minister', ['Prime Minister']],
		['rapidly growing economy', ['growing economy']],
		['Denver, Colorado', ['Denver']],
		['Boulder, Colo.', ['Boulder']],
		['Lyon, France', ['Lyon']],
		['June 2009', ['2009']],
		['March, 2018', ['2018']]
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
		['a long clause', 'the rate of incarceration in the country is the highest'],
		['two names in a list', 'Smith, Jones'],
		['a place with its district written in words', 'Almaty, the largest city'],
		['a day with its month and year', 'June 12, 2009'],
		['a negation', 'not affected'],
		['a phrase led by "only"', 'only survivors']
	])('leaves %s whole', (_, answer) => {
		expect(shorterForms(answer)).toEqual([]);
	});
});
