import { describe, expect, it } from 'vitest';
import { COUNTRIES, findCountry } from './countries';

describe('findCountry', () => {
	it.each([
		['France', 'France'],
		['france', 'France'],
		['the UK', 'United Kingdom'],
		['The United States', 'United States'],
		['Côte d’Ivoire', 'Ivory Coast'],
		['Viet Nam', 'Vietnam']
	])('finds %j as %s', (name, expected) => {
		expect(findCountry(name)?.name).toBe(expected);
	});

	it.each(['Narnia', '', 'the', 'Paris'])('finds no country called %j', (name) => {
		expect(findCountry(name)).toBeUndefined();
	});
});

describe('COUNTRIES', () => {
	it('lists every neighbour as a country in the table', () => {
		const missing = COUNTRIES.flatMap((c) => c.neighbours.filter((n) => !findCountry(n)));
		expect(missing).toEqual([]);
	});

	it('has symmetric borders', () => {
		const oneWay = COUNTRIES.flatMap((c) =>
			c.neighbours
				.filter((n) => !findCountry(n)?.neighbours.includes(c.name))
				.map((n) => `${c.name} → ${n}`)
		);
		expect(oneWay).toEqual([]);
	});
});
