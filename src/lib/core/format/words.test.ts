import { describe, expect, it } from 'vitest';
import { backupFileName, credit, dateTime, percent, plural, shortDate, whenDue } from './words';

const at = (iso: string) => Date.parse(iso);

describe('whenDue', () => {
	it('says "now" for a review already due', () => {
		expect(whenDue(at('2026-01-01T09:00Z'), at('2026-01-01T10:00Z'), 'UTC')).toBe('now');
	});

	it('says "tomorrow" for the next calendar day even when less than 24 hours away', () => {
		expect(whenDue(at('2026-01-02T09:00Z'), at('2026-01-01T18:00Z'), 'UTC')).toBe('tomorrow');
	});

	it('says "later today" for a time later on the same date', () => {
		expect(whenDue(at('2026-01-01T20:00Z'), at('2026-01-01T08:00Z'), 'UTC')).toBe('later today');
	});

	it('counts days within a week and names the date beyond it', () => {
		expect(whenDue(at('2026-01-04T09:00Z'), at('2026-01-01T10:00Z'), 'UTC')).toBe('in 3 days');
		expect(whenDue(at('2026-01-20T09:00Z'), at('2026-01-01T10:00Z'), 'UTC')).toBe(
			'on 20 January 2026'
		);
	});
});

describe('formatting', () => {
	it('rounds a share to a whole percentage', () => {
		expect(percent(0.846)).toBe('85%');
	});

	it('uses the singular only for one', () => {
		expect(plural(1, 'question')).toBe('1 question');
		expect(plural(0, 'question')).toBe('0 questions');
	});

	it('writes short dates and date-times in day-month order', () => {
		expect(shortDate('2026-03-05T10:00:00.000Z', 'UTC')).toBe('5 Mar');
		expect(dateTime('2026-03-05T10:00:00.000Z', 'UTC')).toBe('5 Mar 2026, 10:00');
	});
});

describe('formatting a value that should never have been stored', () => {
	it.each([
		['not a number', Number.NaN],
		['infinite', Number.POSITIVE_INFINITY],
		['beyond what a date can hold', Number.MAX_SAFE_INTEGER]
	])('says "—" for a due time that is %s, without throwing', (_case, dueMs) => {
		expect(whenDue(dueMs, at('2026-01-01T10:00Z'), 'UTC')).toBe('—');
	});

	it.each([
		['an offset Date.parse cannot read', '2026-01-01T10:06:00+02'],
		['no time at all', 'yesterday'],
		['a year beyond what a date can hold', '+999999-01-01T00:00:00Z']
	])('says "—" for a date of %s, never "Invalid Date"', (_case, iso) => {
		expect(shortDate(iso, 'UTC')).toBe('—');
		expect(dateTime(iso, 'UTC')).toBe('—');
	});

	it('says "—" for a share that is not a number, never "NaN%"', () => {
		expect(percent(Number.NaN)).toBe('—');
		expect(percent(Number.POSITIVE_INFINITY)).toBe('—');
	});
});

describe('backupFileName', () => {
	it('names a backup by the UTC date it was made', () => {
		expect(backupFileName(new Date('2026-03-01T23:30:00Z'))).toBe(
			'lectern-progress-2026-03-01.json'
		);
		expect(backupFileName(new Date('2026-03-01T09:00:00Z'), 'saved-copy')).toBe(
			'lectern-saved-copy-2026-03-01.json'
		);
	});
});

describe('credit', () => {
	it.each([
		[12, '12'],
		[12.333, '12⅓'],
		[1.5, '1½'],
		[0.25, '¼'],
		[2.67, '2⅔'],
		[3.98, '4'],
		[4.02, '4']
	])('writes %d as %s', (earned, shown) => {
		expect(credit(earned)).toBe(shown);
	});
});
