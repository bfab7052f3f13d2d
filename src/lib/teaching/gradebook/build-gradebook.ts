import type { Assignment, CountedAttempt } from '../sharing';
import { acceptReceipts } from './accept-receipts';
import { questionStats } from './question-stats';
import { studentRow } from './student-row';
import type { Gradebook, GradebookProblem, ImportedReceipt, StudentRow } from './types';

/**
 * The teacher's class view of one module: a row per student (the attempt that counts, by the
 * module's setting or the teacher's `policy`), statistics per
 * question and the problems met on the way. Every answer is re-graded with the teacher's copy of
 * the module; the scores a receipt carries are only compared, never trusted. Rows are in name order.
 *
 * @example
 * buildGradebook(assignment, [{ receipt, checksum: '3f0a9c1e2b7d4a65' }])
 * // { rows: [{ name: 'Ana López', attempt: 1, attempts: 1, percent: 75, passed: true, … }],
 * //   questions: [{ questionId: 'q1', percentCorrect: 100, … }, …], problems: [] }
 */
export function buildGradebook(
	assignment: Assignment,
	imported: readonly ImportedReceipt[],
	policy: CountedAttempt = assignment.settings.countedAttempt
): Gradebook {
	const accepted = acceptReceipts(assignment, imported);
	const problems: GradebookProblem[] = [...accepted.problems];
	const rows: StudentRow[] = [];
	for (const receipts of accepted.byStudent.values()) {
		const student = studentRow(assignment, receipts, policy);
		rows.push(student.row);
		problems.push(...student.problems);
	}
	rows.sort(
		(a, b) =>
			a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) ||
			b.finishedAt - a.finishedAt
	);
	const questions = assignment.questions.map((question, i) => questionStats(question, i, rows));
	return { rows, questions, problems };
}
