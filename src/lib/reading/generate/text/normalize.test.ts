import { describe, expect, it } from 'vitest';
import {
	capitalize,
	containsAnswer,
	forgetNormalized,
	nounPhraseForms,
	normalizeAnswer,
	wordsIn
} from './normalize';

describe('normalizeAnswer', () => {
	it.each([
		['The Russian-led CSTO.', 'russian led csto'],
		['  An   apple  ', 'apple'],
		['Putin’s plan', 'putin plan'],
		["Putin's plan", 'putin plan'],
		['3.5%', '3.5%'],
		['$1,200', '$1 200'],
		['U.S.', 'u s'],
		['ﬁnal', 'final'],
		['the', ''],
		['', ''],
		['Theatre', 'theatre'],
		['“Quoted” words!', 'quoted words']
	])('normalizes %j to %j', (text, expected) => {
		expect(normalizeAnswer(text)).toBe(expected);
	});

	it('gives the same result after the memo is forgotten', () => {
		const first = normalizeAnswer('The Kremlin');
		forgetNormalized();
		expect(normalizeAnswer('The Kremlin')).toBe(first);
	});
});

describe('containsAnswer', () => {
	it.each([
		['The Russian-led CSTO sent troops.', 'CSTO', true],
		['The Russian-led CSTO sent troops.', 'the csto', true],
		['Troops were sent to Almaty.', 'Alma', false],
		['Troops were sent to Almaty.', 'the', false],
		['Troops were sent to Almaty.', '', false],
		['Prices rose 3.5% in May.', '3.5%', true],
		['Prices rose 3.5% in May.', '3%', false]
	])('finds %j in %j: %s', (haystack, needle, expected) => {
		expect(containsAnswer(haystack, needle)).toBe(expected);
	});
});

describe('capitalize', () => {
	it.each([
		['hello world', 'Hello world'],
		['Already', 'Already'],
		['', ''],
		['éclair', 'Éclair'],
		['1st place', '1st place']
	])('capitalizes %j as %j', (text, expected) => {
		expect(capitalize(text)).toBe(expected);
	});
});

describe('wordsIn', () => {
	it.each([
		['one two three', 3],
		['  padded   words ', 2],
		['', 0],
		['line\nbreak\ttab', 3]
	])('counts %j as %i words', (text, expected) => {
		expect(wordsIn(text)).toBe(expected);
	});
});

describe('nounPhraseForms', () => {
	it.each([
		['the spending measure', ['the spending measure', 'spending measure']],
		[
			'a temporary spending measure',
			['a temporary spending measure', 'temporary spending measure', 'spending measure']
		],
		['Their new plan', ['Their new plan', 'new plan']],
		['troops', ['troops']],
		['the troops', ['the troops', 'troops']],
		['inspector general', ['inspector general']],
		['a source of tension', ['a source of tension', 'source of tension']],
		[
			"the FBI's human resources department",
			[
				"the FBI's human resources department",
				"FBI's human resources department",
				'resources department',
				'human resources',
				'human resources department'
			]
		]
	])('gives the forms of %j', (phrase, expected) => {
		expect(nounPhraseForms(phrase)).toEqual(expected);
	});
});
