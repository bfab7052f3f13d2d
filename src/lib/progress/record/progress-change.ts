import type { Grade } from '../../quiz/question';
import type { Attempt } from './attempt';
import { recordAttempt } from './record-attempt';
import { recordReview } from './review';
import type { ReviewRating } from './schedule';
import type { ProgressState } from './state';

/**
 * One change to progress, applied by the store at the time it saves. Changes that schedule reviews
 * live here, apart from the store, so that pages which only read progress (home, the article)
 * never load the scheduler (ts-fsrs).
 */
export type ProgressChange = (state: ProgressState, now: Date) => ProgressState;

/** @example progress.record(attemptRecorded(buildAttempt({ ... }))) */
export const attemptRecorded =
	(attempt: Attempt): ProgressChange =>
	(state, now) =>
		recordAttempt(state, attempt, now);

/** Reschedules one question after a review answer. @example progress.record(reviewRecorded('kazakhstan-2022/q3', grade)) */
export const reviewRecorded =
	(key: string, grade: Grade, rating?: ReviewRating): ProgressChange =>
	(state, now) =>
		recordReview(state, key, grade, now, rating);
