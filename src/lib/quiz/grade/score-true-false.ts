import type { TrueFalseQuestion, Grade, ResponseOf } from '../question';

import { CORRECT, NOT_QUITE, UNANSWERED, scoredGrade } from './scored-grade';

/** @example scoreTrueFalse(question, { type: 'true-false', selected: true }) */
export function scoreTrueFalse(
	question: TrueFalseQuestion,
	response: ResponseOf<'true-false'>
): Grade {
	if (response.selected === null) return UNANSWERED;
	return response.selected === question.answer
		? scoredGrade(question, 1, CORRECT)
		: scoredGrade(question, 0, NOT_QUITE);
}
