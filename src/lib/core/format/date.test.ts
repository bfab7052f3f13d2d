import { describe, expect, it } from 'vitest';
import { dateTime, formatCalendarDate, shortDate, sortableDateTime, whenDue } from './date';

const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-01-01T10:00Z');

describe('formatCalendarDate', () => {
	it.each([
		['2022-01-07', '7 January 2022'],
		['2024-02-29', '29 February 2024'],
		['not a date', 'not a date']
	])('writes %s as %s, the same in every time zone', (isoDate, text) => {
		expect(formatCalendarDate(isoDate)).toBe(text);
	});
});

describe('whenDue', () => {
	it.each([
		['a review already due', '2026-01-01T09:00Z', NOW, 'now'],
		[
			'the next date, less than 24 hours away',
			'2026-01-02T09:00Z',
			at('2026-01-01T18:00Z'),
			'tomorrow'
		],
		['a time later on the same date', '2026-01-01T20:00Z', at('2026-01-01T08:00Z'), 'later today'],
		['a date within a week', '2026-01-04T09:00Z', NOW, 'in 3 days'],
		['a date beyond a week', '2026-01-20T09:00Z', NOW, 'on 20 January 2026']
	])('words %s', (_case, due, nowMs, text) => {
		expect(whenDue(at(due), nowMs, 'UTC')).toBe(text);
	});

	it.each([
		['not a number', Number.NaN],
		['infinite', Number.POSITIVE_INFINITY],
		['beyond what a date can hold', Number.MAX_SAFE_INTEGER]
	])('says "—" for a due time that is %s, without throwing', (_case, dueMs) => {
		expect(whenDue(dueMs, NOW, 'UTC')).toBe('—');
	});
});

describe('shortDate and dateTime', () => {
	it('write day-month order', () => {
		expect(shortDate('2026-03-05T10:00:00.000Z', 'UTC')).toBe('5 Mar');
		expect(dateTime('2026-03-05T10:00:00.000Z', 'UTC')).toBe('5 Mar 2026, 10:00');
	});

	it.each([
		['an offset Date.parse cannot read', '2026-01-01T10:06:00+02'],
		['no time at all', 'yesterday'],
		['a year beyond what a date can hold', '+999999-01-01T00:00:00Z']
	])('say "—" for a date of %s, never "Invalid Date"', (_case, iso) => {
		expect(shortDate(iso, 'UTC')).toBe('—');
		expect(dateTime(iso, 'UTC')).toBe('—');
	});
});

describe('sortableDateTime', () => {
	it.each([
		['2026-03-05T14:07:30Z', 'UTC', '2026-03-05 14:07'],
		['2026-03-05T00:30:00Z', 'UTC', '2026-03-05 00:30'],
		['2026-03-05T23:30:00Z', 'Asia/Tokyo', '2026-03-06 08:30'],
		['2026-03-05T02:00:00Z', 'America/New_York', '2026-03-04 21:00']
	])('writes %s in %s as %s', (iso, timeZone, text) => {
		expect(sortableDateTime(at(iso), timeZone)).toBe(text);
	});

	it.each([Number.NaN, Number.MAX_SAFE_INTEGER])('writes nothing for %d', (ms) => {
		expect(sortableDateTime(ms, 'UTC')).toBe('');
	});
});
