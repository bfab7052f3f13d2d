import * as v from 'valibot';

/**
 * The first entry whose key an earlier entry already had, or undefined when all differ.
 *
 * @example firstRepeat(['Ana', 'Ben', 'ana'], (s) => s.toLowerCase()) // 'ana'
 */
export function firstRepeat<T>(
	entries: readonly T[],
	keyOf: (entry: T) => unknown = (entry) => entry
): T | undefined {
	const seen = new Set<unknown>();
	for (const entry of entries) {
		const key = keyOf(entry);
		if (seen.has(key)) return entry;
		seen.add(key);
	}
	return undefined;
}

/**
 * A pipe action refusing a list in which two entries have the same `valueOf`, compared as `keyOf`
 * makes them (e.g. ignoring case). Pages key their rows by such values (a Svelte keyed each-block
 * throws on a repeat), so a repeat must never get past a schema. `message` names the repeated
 * value, which is also the issue's input, so `describeIssues` does not print the whole list.
 *
 * @example v.pipe(v.array(v.string()), uniqueBy((s) => s, (s) => `has "${s}" twice`))
 */
export function uniqueBy<T, V>(
	valueOf: (entry: T) => V,
	message: (repeat: V) => string,
	keyOf: (value: V) => unknown = (value) => value
) {
	return v.rawCheck<T[]>(({ dataset, addIssue }) => {
		// A list whose entries failed their own schema is reported by that schema alone.
		if (!dataset.typed) return;
		const repeat = firstRepeat(dataset.value.map(valueOf), keyOf);
		if (repeat !== undefined) addIssue({ message: message(repeat), input: repeat });
	});
}
