import type { ClozeQuestion } from '../question/schema';
import type { Grade, ResponseOf } from '../question/response';
import { scoreTextAnswer } from './score-text-answer';

/** @example scoreCloze(question, { type: 'cloze', text: 'Rusia' }) // correct, read as "Russia" */
export function scoreCloze(question: ClozeQuestion, response: ResponseOf<'cloze'>): Grade {
	return scoreTextAnswer(question, response.text, question.rejected);
}
