import type { StudentRow } from './types';

export type RowOrder = 'name' | 'score' | 'time' | 'finished';
export type Direction = 'ascending' | 'descending';

const byName = (a: StudentRow, b: StudentRow) =>
	a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

const KEYS: Record<Exclude<RowOrder, 'name'>, (row: StudentRow) => number> = {
	score: (row) => row.percent,
	time: (row) => row.timeMs,
	finished: (row) => row.finishedAt
};

/**
 * The gradebook's rows in the order the teacher clicked, names breaking ties so the order is
 * stable. @example sortRows(rows, 'score', 'descending')[0].name // the best score's student
 */
export function sortRows(
	rows: readonly StudentRow[],
	order: RowOrder,
	direction: Direction
): StudentRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) =>
		order === 'name'
			? sign * byName(a, b)
			: sign * (KEYS[order](a) - KEYS[order](b)) || byName(a, b)
	);
}

/** The class's mean score, a whole percentage; null for no students. */
export function classAverage(rows: readonly StudentRow[]): number | null {
	if (rows.length === 0) return null;
	return Math.round(rows.reduce((sum, row) => sum + row.percent, 0) / rows.length);
}
