/** The outcome of parsing input that crossed a boundary: a typed value or messages a person can act on. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export const parsedOk = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const parsedError = <T>(...errors: string[]): Parsed<T> => ({ ok: false, errors });
