import { describe, expect, it } from 'vitest';
import { countedOf } from './counted-attempt';

const attempt = (attempt: number, percent: number, finishedAt: number) => ({
	attempt,
	percent,
	finishedAt
});
/** A pass, then a timed-out retry, then a middling one, given out of order. */
const sent = [attempt(3, 50, 300), attempt(1, 75, 100), attempt(2, 0, 200)];

describe('countedOf', () => {
	it.each([
		['highest', 1],
		['latest', 3],
		['first', 1]
	] as const)('counts the %s attempt', (policy, counted) => {
		expect(countedOf(sent, policy)?.attempt).toBe(counted);
	});

	it('takes the later of two equal best scores', () => {
		expect(countedOf([attempt(1, 80, 100), attempt(2, 80, 200)], 'highest')?.attempt).toBe(2);
	});

	it('orders by finish time, not by the attempt number a device wrote', () => {
		expect(countedOf([attempt(1, 10, 500), attempt(2, 20, 100)], 'latest')?.attempt).toBe(1);
	});

	it('counts nothing of no attempts', () => {
		expect(countedOf([], 'highest')).toBeUndefined();
	});
});
