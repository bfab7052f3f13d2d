import { describe, expect, it } from 'vitest';
import { median } from './median';

describe('median', () => {
	it('takes the middle value of an odd count, whatever the order', () => {
		expect(median([30, 10, 20])).toBe(20);
	});

	it('takes the mean of the two middle values of an even count', () => {
		expect(median([40, 10, 30, 20])).toBe(25);
	});

	it('sorts numerically, not as text', () => {
		expect(median([9, 100, 20])).toBe(20);
	});

	it('gives null for no values', () => {
		expect(median([])).toBeNull();
	});
});
