import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffledIndexes } from './shuffle';

describe('shuffledIndexes', () => {
	it('gives the same order for the same seed', () => {
		expect(shuffledIndexes(6, 'q-abc')).toEqual(shuffledIndexes(6, 'q-abc'));
	});

	it('gives different orders for different seeds', () => {
		const orders = new Set(
			['a', 'b', 'c', 'd', 'e'].map((seed) => shuffledIndexes(6, seed).join())
		);
		expect(orders.size).toBeGreaterThan(1);
	});

	it('is always a permutation that is not already in order', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 12 }), fc.string(), (n, seed) => {
				const order = shuffledIndexes(n, seed);
				expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
				expect(order.some((value, i) => value !== i)).toBe(true);
			})
		);
	});

	it('handles zero and one item', () => {
		expect(shuffledIndexes(0, 'x')).toEqual([]);
		expect(shuffledIndexes(1, 'x')).toEqual([0]);
	});
});
