import { msOf } from './time';

/** Oldest first, ties broken by id so both tabs of a merge sort identically. */
export function byFinishedAt(
	a: { finishedAt: string; id: string },
	b: { finishedAt: string; id: string }
): number {
	return msOf(a.finishedAt) - msOf(b.finishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
