import { fnv1a32 } from '../hash';

/**
 * A deterministic shuffle of `0..n-1` seeded by a string (a question id), so a question shows its
 * items in the same order on every visit and device. For n ≥ 2 the result is never the identity:
 * an ordering question must not start out already solved.
 *
 * @example shuffledIndexes(3, 'q-1') // e.g. [2, 0, 1]
 */
export function shuffledIndexes(n: number, seed: string): number[] {
	const indexes = Array.from({ length: n }, (_, i) => i);
	const next = mulberry32(fnv1a32(seed));
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[indexes[i], indexes[j]] = [indexes[j] as number, indexes[i] as number];
	}
	if (n >= 2 && indexes.every((value, i) => value === i)) indexes.push(indexes.shift() as number);
	return indexes;
}

function mulberry32(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
