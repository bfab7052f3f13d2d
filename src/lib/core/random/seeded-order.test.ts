import { describe, expect, it } from 'vitest';
import { seededOrder } from './seeded-order';

describe('seededOrder', () => {
	const items = ['a', 'b', 'c', 'd', 'e'];

	it('returns a permutation of the items', () => {
		expect([...seededOrder(items, 'seed')].sort()).toEqual(items);
	});

	it('gives the same order for the same seed', () => {
		expect(seededOrder(items, 'question 1')).toEqual(seededOrder(items, 'question 1'));
	});

	it('does not change its input', () => {
		const input = [1, 2, 3];
		seededOrder(input, 'x');
		expect(input).toEqual([1, 2, 3]);
	});

	it('moves the first item for some seed among a few', () => {
		const seeds = ['s1', 's2', 's3', 's4', 's5', 's6'];
		expect(seeds.some((seed) => seededOrder(items, seed)[0] !== 'a')).toBe(true);
	});

	it.each([[[]], [['only']]])('leaves %j as it is', (list) => {
		expect(seededOrder(list, 'seed')).toEqual(list);
	});

	it('pins the order for a known seed (stored orders depend on it)', () => {
		expect(seededOrder(items, 'seed')).toEqual(PINNED);
	});
});

const PINNED = ['c', 'd', 'b', 'a', 'e'];
