import type { Assignment } from '../assignment/assignment';
import { displayName, studentKey } from './student-key';
import type { GradebookProblem, ImportedReceipt } from './types';

/**
 * Sorts imported receipts into those that count, grouped by student, and problems. A receipt
 * seen before (same checksum) is a duplicate and counts once; a receipt for another module is
 * not merged; answers to questions the module does not have are reported once per receipt (the
 * re-grade ignores them).
 */
export function acceptReceipts(
	assignment: Assignment,
	imported: readonly ImportedReceipt[]
): { byStudent: Map<string, ImportedReceipt[]>; problems: GradebookProblem[] } {
	const known = new Set(assignment.questions.map((question) => question.id));
	const seen = new Set<string>();
	const byStudent = new Map<string, ImportedReceipt[]>();
	const problems: GradebookProblem[] = [];
	for (const entry of imported) {
		const { receipt } = entry;
		const studentName = displayName(receipt.studentName);
		if (seen.has(entry.checksum)) {
			const message = `${studentName}'s attempt ${receipt.attempt} was imported twice; it counts once.`;
			problems.push({ kind: 'duplicate', studentName, attempt: receipt.attempt, message });
			continue;
		}
		seen.add(entry.checksum);
		if (receipt.assignmentId !== assignment.id) {
			const message = `${studentName}'s receipt belongs to another module ("${receipt.assignmentId}"); it was not added.`;
			problems.push({
				kind: 'other-module',
				studentName,
				assignmentId: receipt.assignmentId,
				message
			});
			continue;
		}
		const unknown = unknownQuestionIds(entry, known);
		if (unknown.length > 0) {
			const message = `${studentName}'s attempt ${receipt.attempt} answers ${unknown.length} question${unknown.length === 1 ? '' : 's'} this module does not have; those answers were ignored.`;
			problems.push({
				kind: 'unknown-questions',
				studentName,
				attempt: receipt.attempt,
				questionIds: unknown,
				message
			});
		}
		const key = studentKey(receipt.studentName);
		byStudent.set(key, [...(byStudent.get(key) ?? []), entry]);
	}
	return { byStudent, problems };
}

function unknownQuestionIds({ receipt }: ImportedReceipt, known: ReadonlySet<string>): string[] {
	const ids = new Set([
		...Object.keys(receipt.responses),
		...Object.keys(receipt.scores),
		...Object.keys(receipt.timesMs)
	]);
	return [...ids].filter((id) => !known.has(id)).sort();
}
