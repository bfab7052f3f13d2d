import * as v from 'valibot';
import { EARLIEST_MS, isShowableMs, LATEST_MS } from './showable-time';

const OUT_OF_RANGE = 'must be a time between 1970 and 2100';

/**
 * Milliseconds since 1970-01-01 UTC, as `Date.now()` gives them.
 *
 * @example v.parse(EpochMsSchema, 1_767_261_960_000) // 1767261960000
 */
export const EpochMsSchema = v.pipe(
	v.number('must be a time in milliseconds'),
	v.safeInteger('must be a whole number of milliseconds'),
	v.minValue(EARLIEST_MS, OUT_OF_RANGE),
	v.maxValue(LATEST_MS, OUT_OF_RANGE)
);

/** `Date.parse` rolls 31 February over into March; a stored time names a day that exists. */
function isCalendarDay(iso: string): boolean {
	const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
	if (year === undefined || month === undefined || day === undefined) return false;
	return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/**
 * ISO 8601 text, as `Date#toISOString()` writes it (offsets such as `+02:00` are read too), that
 * `Date.parse` reads to a time in range. Compare such times with `Date.parse`, never as text.
 *
 * @example v.parse(IsoTimeSchema, '2026-01-01T10:06:00.000Z') // '2026-01-01T10:06:00.000Z'
 */
export const IsoTimeSchema = v.pipe(
	v.string('must be an ISO 8601 time'),
	v.isoTimestamp('must be an ISO 8601 time'),
	v.check(isCalendarDay, 'must be a day the calendar has'),
	v.check((iso) => isShowableMs(Date.parse(iso)), OUT_OF_RANGE)
);
