import type { ShortAnswerQuestion, Grade, ResponseOf } from '../question';

import { scoreTextAnswer } from './score-text-answer';

/**
 * Typed answers are matched against `accepted`; typo tolerance never accepts one of `rejected`
 * (other real answers from the article).
 *
 * @example scoreShortAnswer(question, { type: 'short-answer', text: 'LPG' })
 */
export function scoreShortAnswer(
	question: ShortAnswerQuestion,
	response: ResponseOf<'short-answer'>
): Grade {
	return scoreTextAnswer(question, response.text, question.rejected);
}
