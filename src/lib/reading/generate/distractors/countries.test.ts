import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { countryDistractors, nonNeighbours } from './countries';

const central = analyzed('Russia and Kazakhstan signed a deal with China on Monday.');

describe('countryDistractors', () => {
	it.each([
		[
			'the article’s countries first, then neighbours',
			'Kazakhstan',
			[],
			['Russia', 'China', 'Kyrgyzstan', 'Turkmenistan', 'Uzbekistan']
		],
		[
			'without the countries that would also be right',
			'Russia',
			['China'],
			['Kazakhstan', 'Azerbaijan', 'Belarus', 'Estonia', 'Finland']
		],
		[
			'only the article’s countries for an unknown answer',
			'Atlantis',
			[],
			['Russia', 'Kazakhstan', 'China']
		],
		[
			'an answer written with an alias, never the answer itself',
			'the Russian Federation',
			[],
			['Kazakhstan', 'China', 'Azerbaijan', 'Belarus', 'Estonia']
		]
	])('picks %s', (_, answer, exclude, expected) => {
		expect(countryDistractors(central, answer, exclude, 5)).toEqual(expected);
	});

	it('falls back on the region when the article names no country', () => {
		expect(countryDistractors(analyzed('Nothing here.'), 'Iceland', [], 3)).toEqual([
			'Denmark',
			'Estonia',
			'Finland'
		]);
	});

	it('gives no more than asked', () => {
		expect(countryDistractors(central, 'Kazakhstan', [], 1)).toEqual(['Russia']);
	});
});

describe('nonNeighbours', () => {
	it.each([
		['France', [], 4, ['Austria', 'Liechtenstein', 'Netherlands', 'Czech Republic']],
		['Portugal', ['Italy'], 3, ['Andorra', 'Albania', 'Bosnia and Herzegovina']],
		['Atlantis', [], 4, []]
	])('gives countries near %s that do not border it', (country, exclude, count, expected) => {
		expect(nonNeighbours(country, exclude, count)).toEqual(expected);
	});

	it('never gives a real neighbour', () => {
		const picked = nonNeighbours('Germany', [], 10);
		expect(picked).toHaveLength(10);
		expect(picked.filter((n) => ['France', 'Poland', 'Austria'].includes(n))).toEqual([]);
	});
});
