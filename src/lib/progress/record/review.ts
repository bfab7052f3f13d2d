import type { Grade } from '../../quiz/question';
import { answerQuestion } from './answer-question';
import { own } from './own';
import type { ReviewRating } from './schedule';
import type { ProgressState } from './state';

/**
 * Records one review answer: the card is rescheduled by the grade's rating, or by `rating` when the
 * student rated themselves (e.g. Easy). Use this or a `review` attempt for a review, not both, or
 * the answer counts twice.
 *
 * @example state = recordReview(state, 'kazakhstan-2022/q3', grade, new Date())
 */
export function recordReview(
	state: ProgressState,
	key: string,
	grade: Grade,
	now: Date,
	rating?: ReviewRating
): ProgressState {
	const question = answerQuestion(own(state.questionStates, key), grade, now, rating);
	return { ...state, questionStates: { ...state.questionStates, [key]: question } };
}
