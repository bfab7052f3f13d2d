import type { Assignment, CountedAttempt } from '../sharing';
import { plural } from '../../core/format';
import { countedOf } from './counted-attempt';
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
 * One student's row from all their receipts (at least one): the attempt `policy` picks counts
 * (the module's `countedAttempt` unless the teacher looks at another), and every attempt is listed.
 * Every attempt is re-graded, so a disagreeing score is reported even on one that does not count.
 *
 * @example studentRow(assignment, [first, second], 'latest').row // { attempt: 2, attempts: 2, percent: 80, … }
 */
export function studentRow(
	assignment: Assignment,
	receipts: readonly ImportedReceipt[],
	policy: CountedAttempt = assignment.settings.countedAttempt
): { row: StudentRow; problems: GradebookProblem[] } {
	const ordered = [...receipts].sort(latestFirst);
	const problems: GradebookProblem[] = [];
	const graded = ordered.map(({ receipt }) => {
		const result = regrade(assignment, receipt);
		if (result.differing.length > 0) {
			const studentName = displayName(receipt.studentName);
			const message = `${studentName}'s attempt ${receipt.attempt} showed different scores on their device for ${plural(result.differing.length, 'question')}; the re-grade counts.`;
			problems.push({
				kind: 'grades-differ',
				studentName,
				attempt: receipt.attempt,
				questionIds: result.differing,
				message
			});
		}
		const timeMs = Object.values(result.timesMs).reduce((sum, ms) => sum + ms, 0);
		return {
			receipt,
			result,
			timeMs,
			attempt: receipt.attempt,
			percent: result.quiz.percent,
			finishedAt: receipt.finishedAt
		};
	});
	const counted = countedOf(graded, policy);
	if (!counted) throw new RangeError('studentRow needs at least one receipt.');
	const passMark = assignment.settings.passMark;
	const { receipt, result } = counted;
	const row: StudentRow = {
		name: displayName(ordered[0]!.receipt.studentName),
		attempt: receipt.attempt,
		history: [...graded].reverse().map((entry) => ({
			attempt: entry.attempt,
			percent: entry.percent,
			passed: entry.percent >= passMark,
			finishedAt: entry.finishedAt,
			timeMs: entry.timeMs,
			counted: entry === counted
		})),
		attempts: receipts.length,
		percent: result.quiz.percent,
		passed: result.quiz.percent >= passMark,
		grades: result.quiz.perQuestion,
		responses: result.responses,
		timesMs: result.timesMs,
		timeMs: counted.timeMs,
		finishedAt: receipt.finishedAt,
		gradesDiffer: result.differing.length > 0
	};
	return { row, problems };
}
