import type { Question, QuestionType, Grade, Response, ResponseOf } from '../question';

import { scorers, type QuestionOf } from './registry';

/**
 * Typed as the correlated pair TypeScript cannot see in two separate unions (TS issue #47109); the
 * caller has already checked that the question and the response share their type.
 */
function scoreAs<T extends QuestionType>(
	type: T,
	question: QuestionOf<T>,
	response: ResponseOf<T>
): Grade {
	return scorers[type](question, response);
}

/**
 * Grades one response. Never throws: a response that cannot be graded (for the wrong type of
 * question, or naming an option that does not exist) is `invalid`, and an empty one `unanswered`.
 *
 * @example
 * gradeResponse(question, { type: 'cloze', text: 'Rusia' })
 * // { kind: 'scored', score: 1, correct: true,
 * //   feedback: { verdict: 'correct', message: "Correct — we read 'Rusia' as 'Russia'.", ... } }
 */
export function gradeResponse(question: Question, response: Response): Grade {
	if (question.type !== response.type) {
		return {
			kind: 'invalid',
			message: `This answer is for a ${response.type} question, not a ${question.type} question.`
		};
	}
	return scoreAs(question.type, question, response);
}
