import type { SingleChoiceQuestion, Grade, ResponseOf } from '../question';

import { NO_SUCH_OPTION, isOptionIndex } from './option-index';
import { CORRECT, NOT_QUITE, UNANSWERED, invalidGrade, scoredGrade } from './scored-grade';

/**
 * One point for the correct option. A wrong pick is explained by that option's own feedback when the
 * question has some, otherwise by the question's explanation.
 *
 * @example scoreSingleChoice(question, { type: 'single-choice', selected: question.correctIndex })
 */
export function scoreSingleChoice(
	question: SingleChoiceQuestion,
	response: ResponseOf<'single-choice'>
): Grade {
	const { selected } = response;
	if (selected === null) return UNANSWERED;
	if (!isOptionIndex(selected, question.options.length)) return invalidGrade(NO_SUCH_OPTION);
	if (selected === question.correctIndex) return scoredGrade(question, 1, CORRECT);
	return scoredGrade(
		question,
		0,
		NOT_QUITE,
		question.optionFeedback?.[selected] ?? question.explanation
	);
}
