import type { Assignment } from '../sharing';
import { plural } from '../../core/format';
import { displayName, studentKey } from './student-key';
import type { GradebookProblem, ImportedReceipt } from './types';

/**
 * Sorts imported receipts into those that count, grouped by student, and problems. A receipt
 * seen before or for another module is left out with a problem (see `refusal`); answers to
 * questions the module does not have are reported once per receipt (the re-grade ignores them).
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
		const refused = refusal(entry, assignment.id, seen);
		if (refused) {
			problems.push(refused);
			continue;
		}
		const unknown = unknownQuestionIds(entry, known);
		if (unknown.length > 0) {
			const studentName = displayName(receipt.studentName);
			const message = `${studentName}'s attempt ${receipt.attempt} answers ${plural(unknown.length, 'question')} this module does not have; those answers were ignored.`;
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

/**
 * Why a receipt may not join, in the one wording the import form and the gradebook share: one
 * seen before (same checksum, recorded in `seen` on first sight) counts once; one for another
 * module is not added. Undefined when it may join.
 *
 * @example refusal(again, 'gas-pipeline', seen)?.message // "Ana's attempt 1 was already imported; it counts once."
 */
export function refusal(
	{ receipt, checksum }: ImportedReceipt,
	assignmentId: string,
	seen: Set<string>
): GradebookProblem | undefined {
	const studentName = displayName(receipt.studentName);
	if (seen.has(checksum)) {
		const message = `${studentName}'s attempt ${receipt.attempt} was already imported; it counts once.`;
		return { kind: 'duplicate', studentName, attempt: receipt.attempt, message };
	}
	seen.add(checksum);
	if (receipt.assignmentId === assignmentId) return undefined;
	const message = `${studentName}'s receipt is for another module ("${receipt.assignmentId}"); it was not added.`;
	return { kind: 'other-module', studentName, assignmentId: receipt.assignmentId, message };
}

function unknownQuestionIds({ receipt }: ImportedReceipt, known: ReadonlySet<string>): string[] {
	const ids = new Set([
		...Object.keys(receipt.responses),
		...Object.keys(receipt.scores),
		...Object.keys(receipt.timesMs)
	]);
	return [...ids].filter((id) => !known.has(id)).sort();
}
