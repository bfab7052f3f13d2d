import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues } from './describe-issues';
import { isShowableMs } from './showable-time';
import { EpochMsSchema, IsoTimeSchema } from './timestamp';

const problems = (schema: v.GenericSchema, value: unknown): string[] => {
	const parsed = v.safeParse(schema, value, { abortPipeEarly: true });
	return parsed.success ? [] : describeIssues(parsed.issues);
};

describe('EpochMsSchema', () => {
	it.each([
		['the start of 1970', 0],
		['a time in 2026', Date.parse('2026-03-05T14:07:30Z')],
		['the first moment of 2100', Date.parse('2100-01-01T00:00:00Z')]
	])('accepts %s', (_case, ms) => {
		expect(problems(EpochMsSchema, ms)).toEqual([]);
	});

	it.each([
		['a time before 1970', -1, 'must be a time between 1970 and 2100 (got -1)'],
		['a time after 2100', Date.UTC(2100, 0, 1) + 1, 'must be a time between 1970 and 2100'],
		['the largest safe integer', Number.MAX_SAFE_INTEGER, 'must be a time between 1970 and 2100'],
		['infinity', Number.POSITIVE_INFINITY, 'must be a whole number of milliseconds (got Infinity)'],
		['a fraction', 1.5, 'must be a whole number of milliseconds (got 1.5)'],
		['text', '2026-03-05', 'must be a time in milliseconds (got "2026-03-05")']
	])('refuses %s', (_case, value, message) => {
		expect(problems(EpochMsSchema, value)).toEqual([expect.stringContaining(message)]);
	});
});

describe('IsoTimeSchema', () => {
	it.each([
		['what toISOString writes', '2026-01-01T10:06:00.000Z'],
		['an offset with minutes', '2026-01-01T10:06:00+02:00'],
		['a leap day', '2024-02-29T00:00:00Z']
	])('accepts %s', (_case, iso) => {
		expect(problems(IsoTimeSchema, iso)).toEqual([]);
	});

	it.each([
		['an offset without minutes, which Date.parse reads as NaN', '2026-01-01T10:06:00+02'],
		['a decimal comma, which Date.parse reads as NaN', '2026-01-01T10:06:00,5Z'],
		['a day the calendar does not have', '2026-02-31T00:00:00Z'],
		['February 29 of a common year', '2025-02-29T00:00:00Z'],
		['a time before 1970', '1969-12-31T23:59:59Z'],
		['a time after 2100', '2100-01-01T00:00:01Z']
	])('refuses %s', (_case, iso) => {
		expect(problems(IsoTimeSchema, iso)).toEqual([expect.stringMatching(/^\(top level\): /)]);
	});

	it('refuses text that is no time at all, saying what it should be', () => {
		expect(problems(IsoTimeSchema, 'soon')).toEqual([
			'(top level): must be an ISO 8601 time (got "soon")'
		]);
	});
});

describe('isShowableMs', () => {
	it('is true for a time a date can show and false otherwise', () => {
		expect(isShowableMs(Date.parse('2026-03-05T14:07:30Z'))).toBe(true);
		expect(isShowableMs(Number.NaN)).toBe(false);
		expect(isShowableMs(Number.POSITIVE_INFINITY)).toBe(false);
		expect(isShowableMs(Number.MAX_SAFE_INTEGER)).toBe(false);
	});
});
