import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { findNumbers, valueOf } from './numbers';

const amountsIn = (sentence: string) =>
	findNumbers(analyzed(sentence).sentences[0]!).map((n) => ({
		text: n.text,
		value: n.value,
		isPercent: n.isPercent,
		isMoney: n.isMoney,
		unit: n.unit,
		approximate: n.approximate
	}));

describe('findNumbers', () => {
	it('reads no clock time as an amount ("1:40 p.m. local time (0840 GMT)")', () => {
		expect(
			amountsIn('The outage began at about 1:40 p.m. local time (0840 GMT) near the port.').map(
				(n) => n.text
			)
		).not.toContain('0840');
	});

	it('reads a number written in words with a hyphen as one amount', () => {
		expect(
			amountsIn('Twenty-five people were hurt on Monday.').map((n) => [n.text, n.value])
		).toEqual([['Twenty-five', 25]]);
	});

	it.each([
		[
			'About 2,500 soldiers were sent to the city.',
			{
				text: '2,500',
				value: 2500,
				isPercent: false,
				isMoney: false,
				unit: 'soldiers',
				approximate: true
			}
		],
		[
			'Prices rose 3% last year.',
			{ text: '3%', value: 3, isPercent: true, isMoney: false, unit: '%', approximate: false }
		],
		[
			'Prices rose 4.5 per cent in May.',
			{
				text: '4.5 per cent',
				value: 4.5,
				isPercent: true,
				isMoney: false,
				unit: '%',
				approximate: false
			}
		],
		[
			'Turnout fell to 40 percent.',
			{
				text: '40 percent',
				value: 40,
				isPercent: true,
				isMoney: false,
				unit: '%',
				approximate: false
			}
		],
		[
			'The firm paid $3.2 billion for the stake.',
			{
				text: '$3.2 billion',
				value: 3.2e9,
				isPercent: false,
				isMoney: true,
				unit: '',
				approximate: false
			}
		],
		[
			'The road (117 km) is long.',
			{ text: '117', value: 117, isPercent: false, isMoney: false, unit: 'km', approximate: false }
		]
	])('reads the amount in %j', (sentence, expected) => {
		expect(amountsIn(sentence)).toEqual([expected]);
	});

	it.each([
		['no number', 'No numbers here.'],
		['an ordinal or "one"', 'He was the first to arrive, one of many.'],
		['a year', 'The law was passed in 2019.']
	])('finds no amount in %s', (_, sentence) => {
		expect(amountsIn(sentence)).toEqual([]);
	});
});

describe('findNumbers: amounts side by side', () => {
	it('reads figures and a number word after them as two amounts', () => {
		expect(
			amountsIn('The ratio had fallen to 1.7 from 2.9 two decades ago.').map((n) => n.value)
		).toEqual([1.7, 2.9, 2]);
	});

	it('reads a multiplier after figures as part of them', () => {
		expect(amountsIn('About 2.5 million people voted.').map((n) => n.value)).toEqual([2500000]);
	});

	it('reads a number word after figures and their multiplier as another amount', () => {
		expect(
			amountsIn('Exports rose from about $310 million three years earlier.').map((n) => n.text)
		).toEqual(['$310 million', 'three']);
		expect(
			amountsIn('The city has two million three hundred thousand people.').map((n) => n.value)
		).toEqual([2300000]);
	});
});

describe('valueOf', () => {
	it.each([
		[['2,500'], 2500],
		[['4.5'], 4.5],
		[['3.2', 'billion'], 3.2e9],
		[['twenty-five'], 25],
		[['four'], 4],
		[['two', 'hundred'], 200],
		[['a', 'dozen'], undefined],
		[['dozen'], 12],
		[['(117)'], 117],
		[['1,2345'], undefined],
		[['million'], undefined],
		[['twenty-blue'], undefined],
		[[], undefined]
	])('reads %j as %s', (words, expected) => {
		expect(valueOf(words)).toBe(expected);
	});
});
