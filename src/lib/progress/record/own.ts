/**
 * Reads `record[key]` only if it is the record's own entry. Question ids are free text, so a plain
 * `record[id]` for an id such as "constructor" would return `Object.prototype.constructor`.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}
