import { isShowableMs } from '../validation';
import { UNKNOWN } from './unknown';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Formats a calendar date written YYYY-MM-DD as "7 January 2022", the same on every device and
 * time zone (the date is a day, not an instant, so it is formatted in UTC).
 *
 * @example formatCalendarDate('2022-01-07') // '7 January 2022'
 */
export function formatCalendarDate(isoDate: string, locale = 'en-GB'): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return isoDate;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * When a review falls due, in words relative to `nowMs`: calendar days in the student's time zone
 * (`timeZone` is only for tests), so "tomorrow" means the next date, not 24 hours.
 *
 * @example whenDue(Date.parse('2026-01-02T09:00Z'), Date.parse('2026-01-01T18:00Z'), 'UTC') // 'tomorrow'
 */
export function whenDue(dueMs: number, nowMs: number, timeZone?: string): string {
	if (!isShowableMs(dueMs) || !isShowableMs(nowMs)) return UNKNOWN;
	if (dueMs <= nowMs) return 'now';
	const days = Math.round((dayStart(dueMs, timeZone) - dayStart(nowMs, timeZone)) / DAY_MS);
	if (days === 0) return 'later today';
	if (days === 1) return 'tomorrow';
	if (days < 7) return `in ${days} days`;
	return `on ${new Date(dueMs).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone })}`;
}

/** Midnight (as UTC ms) of the calendar day `ms` falls on in `timeZone`. */
function dayStart(ms: number, timeZone?: string): number {
	return Date.parse(`${sortableDateTime(ms, timeZone).slice(0, 10)}T00:00:00Z`);
}

/**
 * A short date for chart labels and tables.
 *
 * @example shortDate('2026-03-05T10:00:00.000Z', 'UTC') // '5 Mar'
 */
export function shortDate(iso: string, timeZone?: string): string {
	const ms = Date.parse(iso);
	if (!isShowableMs(ms)) return UNKNOWN;
	return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone });
}

/**
 * Date and time for a table row or a backup's label.
 *
 * @example dateTime('2026-03-05T10:00:00.000Z', 'UTC') // '5 Mar 2026, 10:00'
 */
export function dateTime(iso: string, timeZone?: string): string {
	const ms = Date.parse(iso);
	if (!isShowableMs(ms)) return UNKNOWN;
	return new Date(ms).toLocaleString('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone
	});
}

/**
 * Date and time in `timeZone` (the device's own when not given) as a spreadsheet sorts and reads
 * them, to the minute on a 24-hour clock; '' for a time no date can show.
 *
 * @example sortableDateTime(Date.parse('2026-03-05T14:07:30Z'), 'UTC') // '2026-03-05 14:07'
 */
export function sortableDateTime(ms: number, timeZone?: string): string {
	if (!isShowableMs(ms)) return '';
	const parts = new Intl.DateTimeFormat('en-CA', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone
	}).formatToParts(new Date(ms));
	const part = (type: Intl.DateTimeFormatPartTypes) =>
		parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
