/**
 * Every instant in stored progress is ISO 8601 text as written by `Date#toISOString()` (UTC, with
 * milliseconds): readable in a downloaded backup and never ambiguous about its unit (v1 stored epoch
 * milliseconds; see migrations/v1-to-v2.ts). Compare instants with `msOf`, never as text, since the
 * schema also accepts offsets such as `+02:00`.
 */
export { IsoTimeSchema } from '../../core/validation';

export const toIso = (date: Date): string => date.toISOString();

/** Milliseconds since the epoch of a time that passed `IsoTimeSchema`. */
export const msOf = (iso: string): number => Date.parse(iso);
