import type { MatchingQuestion, Grade, ResponseOf } from '../question';

import { CORRECT, UNANSWERED, invalidGrade, scoredGrade } from './scored-grade';
import { isOptionIndex } from './option-index';

const WRONG_SHAPE = 'Choose a match from the list for each item.';

/**
 * Partial credit is the share of items matched right; an item left unset counts as wrong. Choosing
 * the same right side twice is allowed (at most one of the two can be right).
 *
 * @example scoreMatching(question, { type: 'matching', matches: [0, 1, null] }) // score 2/3
 */
export function scoreMatching(question: MatchingQuestion, response: ResponseOf<'matching'>): Grade {
	const { matches } = response;
	const count = question.pairs.length;
	if (matches.every((match) => match === null)) return UNANSWERED;
	if (matches.length !== count) return invalidGrade(WRONG_SHAPE);
	if (!matches.every((match) => match === null || isOptionIndex(match, count))) {
		return invalidGrade(WRONG_SHAPE);
	}
	// `matches[i]` names the pair whose right side was chosen for pair i, so i itself is right.
	const right = matches.filter((match, i) => match === i).length;
	if (right === count) return scoredGrade(question, 1, CORRECT);
	return scoredGrade(question, right / count, `${right} of ${count} matched correctly.`);
}
