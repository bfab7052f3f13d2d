/**
 * Shown for a value that should never have been stored (schemas refuse them now, but progress kept
 * from before may hold one): a dash, never "NaN", "Invalid Date" or a thrown RangeError.
 */
export const UNKNOWN = '—';
