import { describe, expect, it } from 'vitest';
import { MAX_TYPO_LENGTH, boundedEditDistance } from './edit-distance';

describe('boundedEditDistance', () => {
	it.each([
		['russia', 'russia', 0],
		['rusia', 'russia', 1],
		['russai', 'russia', 1],
		['kazakstan', 'kazakhstan', 1],
		['kazahkstan', 'kazakhstan', 1],
		['', 'ab', 2],
		['🇷🇺a', '🇷🇺b', 1]
	])('measures "%s" → "%s" as %i', (a, b, expected) => {
		expect(boundedEditDistance(a, b, 2)).toBe(expected);
	});

	it('reports any distance above the bound as bound + 1', () => {
		expect(boundedEditDistance('china', 'russia', 1)).toBe(2);
		expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
	});

	it('compares strings longer than the cap only exactly', () => {
		const long = 'a'.repeat(MAX_TYPO_LENGTH + 1);

		expect(boundedEditDistance(long, `${long}b`, 2)).toBe(3);
		expect(boundedEditDistance(long, long, 2)).toBe(0);
	});

	it('answers at once for 100 KB against a short answer', () => {
		const huge = 'x'.repeat(100_000);

		const start = performance.now();
		const distance = boundedEditDistance(huge, 'russia', 2);

		expect(distance).toBe(3);
		expect(performance.now() - start).toBeLessThan(50);
	});
});
