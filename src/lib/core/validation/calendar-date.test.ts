import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CalendarDateSchema, LooseCalendarDateSchema } from './calendar-date';

const messageOf = (schema: v.GenericSchema, input: unknown) =>
	v.safeParse(schema, input).issues?.[0]?.message;

describe('CalendarDateSchema', () => {
	it('accepts a date written YYYY-MM-DD', () => {
		expect(v.parse(CalendarDateSchema, '2026-11-30')).toBe('2026-11-30');
	});

	it.each([
		['30/11/2026', 'must be a date written YYYY-MM-DD'],
		[' 2026-11-30', 'must be a date written YYYY-MM-DD'],
		[20261130, 'must be a date written YYYY-MM-DD'],
		['2026-13-40', 'must be a real calendar date']
	])('refuses %j: %s', (input, message) => {
		expect(messageOf(CalendarDateSchema, input)).toBe(message);
	});
});

describe('LooseCalendarDateSchema', () => {
	it.each<[unknown, string]>([
		['2022-01-07', '2022-01-07'],
		['  2022-01-07 ', '2022-01-07'],
		[new Date('2022-01-07T00:00:00Z'), '2022-01-07']
	])('reads %j as %j', (input, expected) => {
		expect(v.parse(LooseCalendarDateSchema, input)).toBe(expected);
	});

	it.each([
		['next week', 'must be a date written YYYY-MM-DD'],
		[7, 'must be a date written YYYY-MM-DD'],
		['2022-02-45', 'must be a real calendar date']
	])('refuses %j: %s', (input, message) => {
		expect(messageOf(LooseCalendarDateSchema, input)).toBe(message);
	});
});
