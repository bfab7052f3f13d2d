import * as v from 'valibot';

/**
 * Every instant in stored progress is ISO 8601 text as written by `Date#toISOString()` (UTC, with
 * milliseconds): readable in a downloaded backup and never ambiguous about its unit (v1 stored epoch
 * milliseconds; see migrations/v1-to-v2.ts). Compare instants with `msOf`, never as text, since the
 * schema also accepts offsets such as `+02:00`.
 */
export const IsoTimeSchema = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 time'));

export const toIso = (date: Date): string => date.toISOString();

/** Milliseconds since the epoch of a time that passed `IsoTimeSchema`. */
export const msOf = (iso: string): number => Date.parse(iso);
