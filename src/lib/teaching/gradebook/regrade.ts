import type { Assignment } from '../sharing';
import { gradeQuiz, type QuizGrade } from '../../quiz/grade';
import type { Response } from '../../quiz/question';
import type { Receipt } from '../receipt';

/**
 * A device may store a score rounded to two decimals (2/3 as 0.67); that much is not a difference.
 */
const SCORE_TOLERANCE = 0.005 + 1e-9;

type Regrade = {
	quiz: QuizGrade;
	/** Only the module's questions: anything else in the receipt is ignored. */
	responses: Record<string, Response>;
	timesMs: Record<string, number>;
	/** Questions whose score on the student's device is not the re-grade's; a missing score reads 0. */
	differing: string[];
};

/**
 * Grades a receipt's raw answers with the teacher's copy of the module. The scores the receipt
 * carries are only compared, never used: the student's device is not trusted.
 *
 * @example regrade(assignment, receipt).quiz.percent // 67, whatever receipt.scores claims
 */
export function regrade(assignment: Assignment, receipt: Receipt): Regrade {
	const responses: Record<string, Response> = {};
	const timesMs: Record<string, number> = {};
	for (const { id } of assignment.questions) {
		// Object.hasOwn: a question id such as "constructor" must not find a prototype property.
		const response = Object.hasOwn(receipt.responses, id) ? receipt.responses[id] : undefined;
		if (response) responses[id] = response;
		const time = Object.hasOwn(receipt.timesMs, id) ? receipt.timesMs[id] : undefined;
		if (time !== undefined && Number.isFinite(time) && time >= 0) timesMs[id] = time;
	}
	const quiz = gradeQuiz(assignment.questions, responses);
	const differing = assignment.questions
		.filter(({ id }) => {
			const grade = quiz.perQuestion[id];
			const score = grade?.kind === 'scored' ? grade.score : 0;
			const claimed = (Object.hasOwn(receipt.scores, id) ? receipt.scores[id] : undefined) ?? 0;
			return Math.abs(score - claimed) > SCORE_TOLERANCE;
		})
		.map(({ id }) => id);
	return { quiz, responses, timesMs, differing };
}
