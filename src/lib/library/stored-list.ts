import * as v from 'valibot';

/**
 * Reads a stored JSON list entry by entry: a damaged entry is left out and counted, never the
 * reason to lose the others. What cannot be read at all is reported, so the caller can keep it
 * aside rather than overwrite it.
 */
export type StoredList<T> = { items: T[]; skipped: number; unreadable: boolean };

/**
 * @example readStoredList('[{"a":1}, 7]', v.object({ a: v.number() })) // { items: [{ a: 1 }], skipped: 1, unreadable: false }
 */
export function readStoredList<T>(
	text: string | null,
	schema: v.GenericSchema<unknown, T>
): StoredList<T> {
	if (text === null) return { items: [], skipped: 0, unreadable: false };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { items: [], skipped: 0, unreadable: true };
	}
	if (!Array.isArray(data)) return { items: [], skipped: 0, unreadable: true };
	const items: T[] = [];
	for (const entry of data) {
		const parsed = v.safeParse(schema, entry);
		if (parsed.success) items.push(parsed.output);
	}
	return { items, skipped: data.length - items.length, unreadable: false };
}
