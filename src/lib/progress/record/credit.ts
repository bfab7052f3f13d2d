import type { AttemptGrade } from './attempt-grade';
import { own } from './own';

/** Credit for one question out of 1. Unanswered and not-yet-gradable answers earn nothing. */
export function creditOf(grade: AttemptGrade | undefined): number {
	return grade?.kind === 'scored' ? grade.score : 0;
}

/** Earned over total for a list of questions, 0 when there are none. */
export function scoreOf(
	questionIds: readonly string[],
	grades: Readonly<Record<string, AttemptGrade>>
): number {
	if (questionIds.length === 0) return 0;
	const earned = questionIds.reduce((sum, id) => sum + creditOf(own(grades, id)), 0);
	return earned / questionIds.length;
}
