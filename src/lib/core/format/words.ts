import { isShowableMs } from '../validation';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Shown for a value that should never have been stored (schemas refuse them now, but progress kept
 * from before may hold one): a dash, never "NaN", "Invalid Date" or a thrown RangeError.
 */
const UNKNOWN = '—';

/** @example percent(0.846) // '85%' */
export const percent = (share: number): string =>
	Number.isFinite(share) ? `${Math.round(share * 100)}%` : UNKNOWN;

/** @example plural(1, 'question') // '1 question'; plural(3, 'question') // '3 questions' */
export const plural = (count: number, noun: string, many = `${noun}s`): string =>
	`${count} ${count === 1 ? noun : many}`;

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
	const parts = new Intl.DateTimeFormat('en-CA', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		timeZone
	}).format(new Date(ms));
	return Date.parse(`${parts}T00:00:00Z`);
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
 * The name a downloaded backup is saved under.
 *
 * @example backupFileName(new Date('2026-03-01T09:00:00Z')) // 'lectern-progress-2026-03-01.json'
 */
export const backupFileName = (now: Date, label = 'progress'): string =>
	`lectern-${label}-${now.toISOString().slice(0, 10)}.json`;

/** Fractions a student reads at a glance, by value. */
const FRACTIONS: readonly [number, string][] = [
	[1 / 4, '¼'],
	[1 / 3, '⅓'],
	[1 / 2, '½'],
	[2 / 3, '⅔'],
	[3 / 4, '¾']
];

/**
 * Credit as a whole number or a whole number and a simple fraction, never a decimal: partial
 * credit of 1⁄3 a question reads "12⅓", not "12.3". Rounds to the nearest quarter or third.
 *
 * @example credit(12.333) // '12⅓'
 * @example credit(1.5) // '1½'
 */
export function credit(earned: number): string {
	const whole = Math.floor(earned + 1e-9);
	const part = earned - whole;
	const [value, symbol] = FRACTIONS.reduce(
		(best, candidate) =>
			Math.abs(candidate[0] - part) < Math.abs(best[0] - part) ? candidate : best,
		[0, ''] as readonly [number, string]
	);
	if (Math.abs(1 - part) < Math.abs(value - part)) return String(whole + 1);
	return symbol ? `${whole === 0 ? '' : whole}${symbol}` : String(whole);
}
