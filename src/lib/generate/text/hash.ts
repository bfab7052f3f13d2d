/**
 * FNV-1a, 32 bits, over UTF-16 code units. Not for security: it only has to give the same question
 * the same id on every run and every platform, and spread different questions apart.
 */
export function hash32(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

/** `q-` and eight lowercase hex digits derived from the question's content. */
export function questionId(content: string): string {
	return `q-${hash32(content).toString(16).padStart(8, '0')}`;
}

/**
 * A permutation of `items` chosen by `seed`: deterministic, so the correct option does not always
 * sit first, yet the same question always shows its options in the same order.
 */
export function seededOrder<T>(items: readonly T[], seed: string): T[] {
	const result = [...items];
	let state = hash32(seed) || 1;
	for (let i = result.length - 1; i > 0; i -= 1) {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		state >>>= 0;
		const j = state % (i + 1);
		[result[i], result[j]] = [result[j] as T, result[i] as T];
	}
	return result;
}
