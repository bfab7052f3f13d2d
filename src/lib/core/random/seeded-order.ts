import { fnv1a32 } from '../hash';

// The generator's option order (xorshift32), apart from the quiz's shuffle (`shuffle.ts`, mulberry32)
// on purpose: generated questions carry this order into every module and share link already made,
// so it can never change. Both are pinned to known outputs by their tests.

/**
 * A permutation of `items` chosen by `seed`: deterministic, so the correct option does not always
 * sit first, yet the same question always shows its options in the same order.
 */
export function seededOrder<T>(items: readonly T[], seed: string): T[] {
	const result = [...items];
	let state = fnv1a32(seed) || 1;
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
