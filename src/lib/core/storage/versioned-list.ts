import * as v from 'valibot';

/**
 * A stored list as read back: its valid entries, how many damaged entries were left out, and
 * whether the value could not be read at all. The caller keeps a copy of anything not read
 * (see `setAsideKey`) before it writes over the value.
 */
export type StoredList<T> = { items: T[]; skipped: number; unreadable: boolean };

/**
 * The layout lists are written in. Version 0 was a bare JSON array; version 1 wraps it as
 * `{ "version": 1, "items": [...] }` so a later change of an entry's shape can be migrated. Every
 * past version stays readable (fixtures in `stored-list.test.ts`).
 */
const STORED_LIST_VERSION = 1;

/** Turns an entry of an older version into the current shape, before it is validated. */
type EntryMigration = (entry: unknown) => unknown;

/**
 * Reads a stored JSON list entry by entry: a damaged entry is left out and counted, never the
 * reason to lose the others. A list written by a newer version of Lectern counts as unreadable,
 * so it is kept aside instead of being overwritten.
 *
 * @example readStoredList('{"version":1,"items":[{"a":1},7]}', v.object({ a: v.number() })) // { items: [{ a: 1 }], skipped: 1, unreadable: false }
 */
export function readStoredList<T>(
	text: string | null,
	schema: v.GenericSchema<unknown, T>,
	migrations: Readonly<Record<number, EntryMigration>> = {}
): StoredList<T> {
	if (text === null) return { items: [], skipped: 0, unreadable: false };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { items: [], skipped: 0, unreadable: true };
	}
	const listed = entriesOf(data);
	if (!listed) return { items: [], skipped: 0, unreadable: true };
	const items: T[] = [];
	for (const raw of listed.entries) {
		let entry = raw;
		for (let from = listed.version; from < STORED_LIST_VERSION; from++) {
			entry = migrations[from]?.(entry) ?? entry;
		}
		const parsed = v.safeParse(schema, entry);
		if (parsed.success) items.push(parsed.output);
	}
	return { items, skipped: listed.entries.length - items.length, unreadable: false };
}

function entriesOf(data: unknown): { version: number; entries: unknown[] } | undefined {
	if (Array.isArray(data)) return { version: 0, entries: data };
	if (typeof data !== 'object' || data === null) return undefined;
	const { version, items } = data as { version?: unknown; items?: unknown };
	if (!Number.isInteger(version) || !Array.isArray(items)) return undefined;
	const known = version as number;
	return known >= 1 && known <= STORED_LIST_VERSION
		? { version: known, entries: items }
		: undefined;
}

/** The text a list is stored as. @example writeStoredList([1]) // '{"version":1,"items":[1]}' */
export function writeStoredList(items: readonly unknown[]): string {
	return JSON.stringify({ version: STORED_LIST_VERSION, items });
}
