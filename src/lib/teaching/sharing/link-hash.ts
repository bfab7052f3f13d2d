/**
 * The hash that share links store: FNV-1a, 32 bits, over UTF-16 code units. Format-2 and format-3
 * links record a bundled article's hash, and format 3 derives question ids with it, so this
 * function is frozen: its outputs are pinned by tests, and it must never change or be "improved".
 * It is a copy of the quiz shuffle's hash on purpose, so that the shuffle may change freely.
 *
 * @example fnv1a32('a') // 0xe40c292c
 */
export function fnv1a32(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * Hash of a body as a bundled-article reference records it; trimmed like `AssignmentSchema`
 * trims, so an article file read from disk with a final newline still matches.
 *
 * @example articleHash('Gas flows.\n') === articleHash('Gas flows.') // true
 */
export const articleHash = (body: string): number => fnv1a32(body.trim());
