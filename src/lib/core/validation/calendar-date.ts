import * as v from 'valibot';

const WRITTEN = 'must be a date written YYYY-MM-DD';

/**
 * A day, not an instant: "2022-01-07", as an article's `published` or a module's due date. Text
 * only; a caller that may hold surrounding spaces or a YAML `Date` converts first.
 *
 * @example v.parse(CalendarDateSchema, '2022-01-07') // '2022-01-07'
 */
export const CalendarDateSchema = v.pipe(
	v.string(WRITTEN),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, WRITTEN),
	v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a real calendar date')
);

/**
 * As `CalendarDateSchema`, for front matter: surrounding spaces are trimmed, and the `Date` YAML
 * makes of an unquoted 2022-01-07 is read back as that calendar date.
 *
 * @example v.parse(LooseCalendarDateSchema, new Date('2022-01-07')) // '2022-01-07'
 */
export const LooseCalendarDateSchema = v.pipe(
	v.union([v.string(), v.date()], WRITTEN),
	v.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim())),
	CalendarDateSchema
);
