import type { Assignment } from '../assignment/assignment';
import { regrade } from './regrade';
import { displayName } from './student-key';
import type { GradebookProblem, ImportedReceipt, StudentRow } from './types';

/** Latest finish first; the higher attempt number, then the checksum, break a tie, so the order never depends on import order. */
function latestFirst(a: ImportedReceipt, b: ImportedReceipt): number {
	return (
		b.receipt.finishedAt - a.receipt.finishedAt ||
		b.receipt.attempt - a.receipt.attempt ||
		(a.checksum < b.checksum ? -1 : a.checksum > b.checksum ? 1 : 0)
	);
}

/**
 * One student's row from all their receipts (at least one): the latest attempt counts. Every
 * attempt is re-graded, so a disagreeing score is reported even on an older attempt.
 *
 * @example studentRow(assignment, [first, second]).row // { attempt: 2, attempts: 2, percent: 80, … }
 */
export function studentRow(
	assignment: Assignment,
	receipts: readonly ImportedReceipt[]
): { row: StudentRow; problems: GradebookProblem[] } {
	const ordered = [...receipts].sort(latestFirst);
	const problems: GradebookProblem[] = [];
	let row: StudentRow | undefined;
	for (const { receipt } of ordered) {
		const result = regrade(assignment, receipt);
		const studentName = displayName(receipt.studentName);
		if (result.differing.length > 0) {
			const message = `${studentName}'s attempt ${receipt.attempt} showed different scores on their device for ${result.differing.length} question${result.differing.length === 1 ? '' : 's'}; the re-grade counts.`;
			problems.push({
				kind: 'grades-differ',
				studentName,
				attempt: receipt.attempt,
				questionIds: result.differing,
				message
			});
		}
		row ??= {
			name: studentName,
			attempt: receipt.attempt,
			attempts: receipts.length,
			percent: result.quiz.percent,
			passed: result.quiz.percent >= assignment.settings.passMark,
			grades: result.quiz.perQuestion,
			responses: result.responses,
			timesMs: result.timesMs,
			timeMs: Object.values(result.timesMs).reduce((sum, ms) => sum + ms, 0),
			finishedAt: receipt.finishedAt,
			gradesDiffer: result.differing.length > 0
		};
	}
	if (!row) throw new RangeError('studentRow needs at least one receipt.');
	return { row, problems };
}
