import { describe, expect, it } from 'vitest';
import type { ArticleSentence, NumberMention } from '../types';
import { format, numberDistractors, periodCap } from './numbers';

const sentence: ArticleSentence = {
	id: 's-1',
	text: '',
	paragraph: 0,
	position: 0,
	terms: [],
	isQuestion: false
};

/** An amount as `findNumbers` gives it; only what the distractors read matters. */
function amount(text: string, value: number, more: Partial<NumberMention> = {}): NumberMention {
	return {
		sentence,
		start: 0,
		end: text.length,
		firstTerm: 0,
		lastTerm: 1,
		text,
		value,
		isPercent: false,
		isMoney: false,
		unit: '',
		approximate: false,
		...more
	};
}

const percent = (text: string, value: number) =>
	amount(text, value, { isPercent: true, unit: '%' });

describe('numberDistractors', () => {
	it.each([
		['a small percentage', percent('3%', 3), ['1%', '7%', '12%']],
		[
			'a large percentage, never above 100',
			percent('60 per cent', 60),
			['30 per cent', '45 per cent', '54 per cent']
		],
		[
			'a count with separators',
			amount('2,500', 2500, { unit: 'soldiers' }),
			['1,300', '5,000', '10,000']
		],
		['a number in words', amount('four', 4), ['two', 'eight', 'sixteen']],
		['a capitalised number in words', amount('Four', 4), ['Two', 'Eight', 'Sixteen']],
		[
			'money with a scale word',
			amount('$3.2 billion', 3.2e9, { isMoney: true }),
			['$1.6 billion', '$6.4 billion', '$13 billion']
		],
		['a decimal', amount('4.5', 4.5), ['2.3', '9', '18']],
		['one, skipping the answer itself', amount('1', 1), ['2', '4', '3']]
	])('gives wrong amounts for %s', (_, answer, expected) => {
		expect(numberDistractors(answer, [], 3)).toEqual(expected);
	});

	it('puts the article’s other amounts of the same unit and scale first', () => {
		const answer = amount('2,500', 2500, { unit: 'soldiers' });
		const others = [
			amount('1,800', 1800, { unit: 'soldiers' }),
			amount('40,000', 40000, { unit: 'soldiers' }),
			amount('1,200', 1200, { unit: 'tanks' }),
			percent('12%', 12)
		];
		expect(numberDistractors(answer, others, 3)).toEqual(['1,800', '1,300', '5,000']);
	});

	it('takes no whole count of the article for a decimal answer, nor a decimal for a count', () => {
		expect(numberDistractors(amount('1.7', 1.7), [amount('11', 11), amount('7', 7)], 3)).toEqual([
			'0.9',
			'3.4',
			'6.8'
		]);
		expect(numberDistractors(amount('42', 42), [amount('2.9', 2.9), amount('40', 40)], 1)).toEqual([
			'40'
		]);
	});

	it('never repeats the answer even when the article states it twice', () => {
		const answer = amount('2,500', 2500);
		expect(numberDistractors(answer, [answer, amount('2,500', 2500)], 4)).not.toContain('2,500');
	});

	it('gives no more than asked', () => {
		expect(numberDistractors(amount('2,500', 2500), [], 0)).toEqual([]);
	});
});

describe('format', () => {
	it.each([
		[15000, amount('12,000', 12000), '15,000'],
		[15000, amount('12000', 12000), '15,000'],
		[900, amount('1200', 1200), '900'],
		[7e6, amount('3 million', 3e6), '7 million'],
		[25, amount('twelve', 12), '25'],
		[0, amount('three', 3), 'zero'],
		[5, amount('€4', 4, { isMoney: true }), '€5'],
		[8, amount('4 percent', 4, { isPercent: true }), '8 percent'],
		[8, amount('4 Per Cent', 4, { isPercent: true }), '8 per cent'],
		[8, amount('four percent', 4, { isPercent: true }), '8 percent']
	])('writes %d like %j', (value, like, expected) => {
		expect(format(value, like)).toBe(expected);
	});
});

describe('a change from one amount to another', () => {
	const inSentence = (text: string, answer: string, value: number, isPercent = true) => {
		const start = text.indexOf(answer);
		return amount(answer, value, {
			sentence: { ...sentence, text },
			start,
			end: start + answer.length,
			isPercent
		});
	};

	it('offers for the end of a cut only amounts below where it started', () => {
		const text = 'The council will cut the tax on bread from 21% to 12% next year.';
		const wrong = numberDistractors(inSentence(text, '12%', 12), [], 3);
		expect(wrong).toHaveLength(3);
		for (const option of wrong) expect(parseFloat(option)).toBeLessThanOrEqual(21);
	});

	it('offers for the end of a rise only amounts above where it started', () => {
		const text = 'The bank raised its key rate to 20% from 15% on Thursday.';
		const wrong = numberDistractors(inSentence(text, '20%', 20), [], 3);
		expect(wrong).toHaveLength(3);
		for (const option of wrong) expect(parseFloat(option)).toBeGreaterThanOrEqual(15);
	});
});

describe('periodCap', () => {
	it.each([
		['hours', 12, 'households face daily blackouts of up to 12 hours', 24],
		['hours', 12, 'the blackout lasted 12 hours', undefined],
		['minutes', 20, 'trains run every 20 minutes an hour', 60],
		['days', 3, 'staff work 3 days a week', 7],
		['months', 5, 'it rains 5 months a year', 12],
		['hours', 30, 'a daily cap of 30 hours of overtime a month', undefined]
	])('%s (%d) in “%s” → %s', (unit, value, text, cap) => {
		expect(periodCap(unit, value, text)).toBe(cap);
	});

	it('keeps wrong amounts within the period', () => {
		const text = 'Households will face daily blackouts of up to 12 hours.';
		const answer = amount('12', 12, {
			unit: 'hours',
			sentence: { ...sentence, text },
			start: text.indexOf('12'),
			end: text.indexOf('12') + 2
		});
		const others = [amount('38', 38, { unit: 'hours' }), amount('15', 15, { unit: 'hours' })];
		const wrong = numberDistractors(answer, others, 3).map(Number);
		expect(wrong.length).toBeGreaterThan(0);
		expect(wrong.every((value) => value <= 24)).toBe(true);
	});
});
