import type { ClozeQuestion, Grade, ResponseOf } from '../question';

import { scoreTextAnswer } from './score-text-answer';

/** @example scoreCloze(question, { type: 'cloze', text: 'Rusia' }) // correct, read as "Russia" */
export function scoreCloze(question: ClozeQuestion, response: ResponseOf<'cloze'>): Grade {
	return scoreTextAnswer(question, response.text, question.rejected);
}
