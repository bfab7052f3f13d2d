import type { CountedAttempt } from '../sharing';

/** What choosing the counted attempt needs to know of each attempt. */
interface Scored {
	attempt: number;
	percent: number;
	finishedAt: number;
}

/** Earliest first: by finish time, then attempt number, so ties never depend on input order. */
const earliestFirst = (a: Scored, b: Scored) =>
	a.finishedAt - b.finishedAt || a.attempt - b.attempt;

/**
 * The attempt that counts under the teacher's choice: the best score (the latest of equal bests),
 * the latest sent, or the first. Undefined for no attempts.
 *
 * @example countedOf([{ attempt: 1, percent: 75, finishedAt: 1 }, { attempt: 2, percent: 0, finishedAt: 2 }], 'highest') // attempt 1
 */
export function countedOf<T extends Scored>(
	attempts: readonly T[],
	policy: CountedAttempt
): T | undefined {
	const ordered = [...attempts].sort(earliestFirst);
	if (policy === 'first') return ordered[0];
	if (policy === 'latest') return ordered.at(-1);
	return ordered.reduce<T | undefined>(
		(best, attempt) => (best === undefined || attempt.percent >= best.percent ? attempt : best),
		undefined
	);
}

/** The words a teacher and a student read for each choice. */
export const COUNTED_ATTEMPT_WORDS: Record<CountedAttempt, string> = {
	highest: 'the highest score',
	latest: 'the latest attempt',
	first: 'the first attempt'
};
