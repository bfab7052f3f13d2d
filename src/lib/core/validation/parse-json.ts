/**
 * `JSON.parse` for text from outside the app. `-0` becomes `0`: JSON writes both as `0`, so a
 * checksum over the re-serialised value cannot tell them apart, and nothing Lectern stores means
 * anything by the sign of zero. The walk uses its own stack rather than a reviver, so JSON nested
 * too deeply to recurse through still parses and reaches the callers' depth check.
 *
 * @example parseOutsideJson('{"ms":-0}') // { ms: 0 }
 * @throws SyntaxError when the text is not JSON, as `JSON.parse` does.
 */
export function parseOutsideJson(text: string): unknown {
	const value: unknown = JSON.parse(text);
	if (Object.is(value, -0)) return 0;
	const pending: object[] = typeof value === 'object' && value !== null ? [value] : [];
	for (let container = pending.pop(); container; container = pending.pop()) {
		const record = container as Record<string, unknown>;
		for (const key of Object.keys(record)) {
			const item = record[key];
			if (Object.is(item, -0)) record[key] = 0;
			else if (typeof item === 'object' && item !== null) pending.push(item);
		}
	}
	return value;
}
