import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './json-depth';

describe('JSON nesting depth', () => {
	it.each([
		[1, 0, false],
		[[], 0, true],
		[[], 1, false],
		[{ a: [{ b: 1 }] }, 3, false],
		[{ a: [{ b: 1 }] }, 2, true]
	])('says %j nests deeper than %d: %s', (value, limit, expected) => {
		expect(nestsDeeperThan(value, limit)).toBe(expected);
	});

	it('measures a value nested far deeper than the stack allows', () => {
		const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000));

		expect(nestsDeeperThan(deep)).toBe(true);
	});
});
