import type { Assignment } from '../../teaching/sharing';
import type { Grade, Response } from '../question';
import type { Receipt } from '../../teaching/receipt';

/**
 * What a finished sitting sends to the teacher: the raw answers (which the gradebook re-grades),
 * this device's scores for comparison, and the time spent per question.
 */
export function buildReceipt(sitting: {
	assignment: Assignment;
	studentName: string;
	attempt: number;
	startedAt: number;
	finishedAt: number;
	responses: Record<string, Response>;
	grades: Record<string, Grade>;
	timesMs: Record<string, number>;
}): Receipt {
	const ids = new Set(sitting.assignment.questions.map((q) => q.id));
	const known = <T>(record: Record<string, T>) =>
		Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
	const scores = Object.fromEntries(
		Object.entries(known(sitting.grades)).map(([id, grade]) => [
			id,
			grade.kind === 'scored' ? grade.score : 0
		])
	);
	return {
		version: 1,
		assignmentId: sitting.assignment.id,
		studentName: sitting.studentName.trim(),
		attempt: sitting.attempt,
		startedAt: sitting.startedAt,
		finishedAt: Math.max(sitting.finishedAt, sitting.startedAt),
		responses: known(sitting.responses),
		scores,
		timesMs: known(sitting.timesMs)
	};
}
