import type { Question, Grade, Response } from '../question';

import { gradeResponse } from './grade-response';

/** A quiz's result. Every question is worth one point; partial credit gives fractions of it. */
export type QuizGrade = {
	total: number;
	/** Sum of the scores, unrounded (partial credit makes it fractional). */
	earned: number;
	/** earned / total as a whole percentage; 0 for an empty quiz. */
	percent: number;
	/** Questions that were scored (right, partly right or wrong). */
	answered: number;
	/** Questions with no response or an empty one; they earn nothing. */
	unanswered: number;
	/** Questions whose response could not be graded; they earn nothing. */
	invalid: number;
	perQuestion: Record<string, Grade>;
};

/**
 * Grades every question of a quiz. A question with no entry in `responses` is unanswered.
 *
 * @example
 * gradeQuiz(questions, { q1: { type: 'true-false', selected: true } })
 * // { total: 2, earned: 1, percent: 50, answered: 1, unanswered: 1, invalid: 0, perQuestion: {...} }
 */
export function gradeQuiz(
	questions: readonly Question[],
	responses: Readonly<Record<string, Response | undefined>>
): QuizGrade {
	const result: QuizGrade = {
		total: questions.length,
		earned: 0,
		percent: 0,
		answered: 0,
		unanswered: 0,
		invalid: 0,
		perQuestion: {}
	};
	for (const question of questions) {
		// Object.hasOwn: an id such as "constructor" must not find a prototype property.
		const response = Object.hasOwn(responses, question.id) ? responses[question.id] : undefined;
		const grade: Grade = response ? gradeResponse(question, response) : { kind: 'unanswered' };
		result.perQuestion[question.id] = grade;
		if (grade.kind === 'scored') {
			result.answered++;
			result.earned += grade.score;
		} else if (grade.kind === 'unanswered') result.unanswered++;
		else result.invalid++;
	}
	result.percent = result.total === 0 ? 0 : Math.round((result.earned / result.total) * 100);
	return result;
}
