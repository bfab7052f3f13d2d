import type { Grade } from '../../quiz/question';
import { answerQuestion } from './answer-question';
import { own } from './own';
import { splitQuestionKey } from './question-state';
import type { ReviewRating } from './schedule';
import type { ProgressState } from './state';
import { msOf } from './time';

/**
 * Keys (`moduleSlug/questionId`) of questions whose review is due at `now`, earliest due first,
 * modules mixed. The caller drops keys of questions a module no longer has.
 *
 * @example dueForReview(state, new Date(), 'kazakhstan-2022') // ['kazakhstan-2022/q3']
 */
export function dueForReview(state: ProgressState, now: Date, moduleSlug?: string): string[] {
	const nowMs = now.getTime();
	const due: { key: string; at: number }[] = [];
	for (const [key, question] of Object.entries(state.questionStates)) {
		if (!question.card) continue;
		if (moduleSlug !== undefined && splitQuestionKey(key).moduleSlug !== moduleSlug) continue;
		const at = msOf(question.card.due);
		if (at <= nowMs) due.push({ key, at });
	}
	return due.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1)).map((d) => d.key);
}

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
