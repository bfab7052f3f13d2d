import type { MultipleChoiceQuestion, Grade, ResponseOf } from '../question';
import { plural } from '../../core/format';

import { NO_SUCH_OPTION, isOptionIndex } from './option-index';
import { CORRECT, UNANSWERED, invalidGrade, scoredGrade } from './scored-grade';

/**
 * Partial credit: (right picks − wrong picks) / number of correct options, never below 0, so picking
 * every option scores nothing. Full marks only for exactly the right set. Repeated picks count once.
 *
 * @example scoreMultipleChoice(question, { type: 'multiple-choice', selected: [0, 2] })
 */
export function scoreMultipleChoice(
	question: MultipleChoiceQuestion,
	response: ResponseOf<'multiple-choice'>
): Grade {
	const picked = new Set(response.selected);
	if (picked.size === 0) return UNANSWERED;
	if (![...picked].every((index) => isOptionIndex(index, question.options.length))) {
		return invalidGrade(NO_SUCH_OPTION);
	}
	const correct = new Set(question.correctIndexes);
	const wrongPicks = [...picked].filter((index) => !correct.has(index));
	const rightPicks = picked.size - wrongPicks.length;
	const score = Math.max(0, (rightPicks - wrongPicks.length) / correct.size);
	if (score === 1) return scoredGrade(question, 1, CORRECT);

	const wrong = wrongPicks.length;
	const alsoWrong = wrong === 0 ? '' : `, and ${plural(wrong, 'wrong one')}`;
	const message = `You picked ${rightPicks} of the ${correct.size} right options${alsoWrong}.`;
	const firstWrong = wrongPicks[0];
	const explanation =
		(firstWrong === undefined ? undefined : question.optionFeedback?.[firstWrong]) ??
		question.explanation;
	return scoredGrade(question, score, message, explanation);
}
