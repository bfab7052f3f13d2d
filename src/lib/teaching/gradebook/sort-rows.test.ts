import { describe, expect, it } from 'vitest';
import { classAverage, sortRows } from './sort-rows';
import type { StudentRow } from './types';

const row = (name: string, percent: number, timeMs: number, finishedAt: number) =>
	({ name, percent, timeMs, finishedAt }) as StudentRow;
const rows = [row('bo', 60, 300, 3), row('Ana', 90, 500, 1), row('Cy', 60, 100, 2)];

describe('sortRows', () => {
	it.each([
		['name', 'ascending', ['Ana', 'bo', 'Cy']],
		['score', 'descending', ['Ana', 'bo', 'Cy']],
		['score', 'ascending', ['bo', 'Cy', 'Ana']],
		['time', 'ascending', ['Cy', 'bo', 'Ana']],
		['finished', 'descending', ['bo', 'Cy', 'Ana']]
	] as const)('orders by %s, %s', (order, direction, names) => {
		expect(sortRows(rows, order, direction).map((r) => r.name)).toEqual(names);
	});

	it('averages the class, and has no average for no students', () => {
		expect(classAverage(rows)).toBe(70);
		expect(classAverage([])).toBeNull();
	});
});
