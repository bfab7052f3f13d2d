import { describe, expect, it } from 'vitest';
import {
	DECIMAL_COMMA,
	MORE_THAN_ONE_NUMBER,
	NOT_A_NUMBER,
	TOO_LARGE,
	parseNumberAnswer
} from './parse-number-answer';

describe('parseNumberAnswer', () => {
	it.each([
		['3', undefined, 3],
		['3%', '%', 3],
		['3 %', '%', 3],
		['3 percent', '%', 3],
		['three percent', '%', 3],
		['2,500 soldiers', 'soldiers', 2500],
		['2 500', 'soldiers', 2500],
		['2500', undefined, 2500],
		['twenty thousand', undefined, 20000],
		['-4.5', undefined, -4.5],
		['minus four', undefined, -4],
		['3.0', undefined, 3],
		['.5', undefined, 0.5],
		['about 3', undefined, 3],
		['３', undefined, 3],
		['1,234,567.5', undefined, 1234567.5],
		['12 per 100,000 people', 'per 100,000 people', 12],
		['2.5 million', 'million people', 2500000]
	])('reads "%s" (unit %s) as %d', (text, unit, value) => {
		expect(parseNumberAnswer(text, unit)).toEqual({ kind: 'number', value });
	});

	it.each(['', '   ', '\t\n'])('reads %j as empty', (text) => {
		expect(parseNumberAnswer(text)).toEqual({ kind: 'empty' });
	});

	it.each([
		['abc', NOT_A_NUMBER],
		['percent', NOT_A_NUMBER],
		['🤷', NOT_A_NUMBER],
		['3 or 4', MORE_THAN_ONE_NUMBER],
		['3,5', DECIMAL_COMMA],
		['1,25', DECIMAL_COMMA],
		['9'.repeat(400), TOO_LARGE]
	])('refuses "%s" with a helpful message', (text, message) => {
		expect(parseNumberAnswer(text)).toEqual({ kind: 'invalid', message });
	});
});
