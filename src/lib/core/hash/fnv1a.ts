/**
 * FNV-1a, 32 bits, over UTF-16 code units: the one string hash of Lectern. Not for security: it
 * gives the same input the same number on every run and platform, and persisted values depend on
 * that (generated question ids, per-student question orders, option shuffles), so it is pinned
 * to known vectors in its test and must never change.
 *
 * @example fnv1a32('foobar') // 0xbf9cf968
 */
export function fnv1a32(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}
