import { describe, expect, it } from 'vitest';
import { letterFor } from './letters';

describe('letterFor', () => {
	it('letters the first entries A, B, C', () => {
		expect([0, 1, 2].map(letterFor)).toEqual(['A', 'B', 'C']);
	});

	it('goes on past Z with two letters, never repeating one', () => {
		expect([25, 26, 27, 51, 52].map(letterFor)).toEqual(['Z', 'AA', 'AB', 'AZ', 'BA']);
		const letters = Array.from({ length: 1000 }, (_, i) => letterFor(i));
		expect(new Set(letters).size).toBe(1000);
	});
});
