/**
 * The outcome of anything that can fail in a way a person should hear about: a typed value, or
 * messages they can act on. A failure may carry more for callers that branch on it (`Details`): a
 * `reason` code, or the form fields at fault. Its `errors` are always there to show.
 *
 * @example
 * const checked: Parsed<number, { reason: 'not-a-number' }> =
 *   { ok: false, reason: 'not-a-number', errors: ['Write a number.'] };
 */
export type Parsed<T, Details extends object = object> =
	{ ok: true; value: T } | ({ ok: false; errors: string[] } & Details);

export const parsedOk = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const parsedError = <T>(...errors: string[]): Parsed<T> => ({ ok: false, errors });
