import type { ShortAnswerQuestion } from '../question/schema';
import type { Grade, ResponseOf } from '../question/response';
import { scoreTextAnswer } from './score-text-answer';

/**
 * The schema gives short-answer questions no `rejected` list (only cloze has one), so typo tolerance
 * here is guarded only by the accepted answers themselves.
 *
 * @example scoreShortAnswer(question, { type: 'short-answer', text: 'LPG' })
 */
export function scoreShortAnswer(
	question: ShortAnswerQuestion,
	response: ResponseOf<'short-answer'>
): Grade {
	return scoreTextAnswer(question, response.text, []);
}
