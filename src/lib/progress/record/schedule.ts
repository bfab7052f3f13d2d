import { createEmptyCard, fsrs, Rating, type Grade as Rated } from 'ts-fsrs';
import type { AttemptGrade } from './attempt-grade';
import { fromStoredCard, toStoredCard, type StoredCard } from './card';

/**
 * Fuzz off so the same answers always give the same schedule (tests, and two tabs agreeing).
 * Short-term learning steps off: intervals are whole days, because a news-reading student reviews
 * in sessions, not minutes after a mistake. A wrong answer comes back the next day.
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** FSRS ratings an answer can earn (ts-fsrs calls them `Grade`; ours is a graded answer). */
export type ReviewRating = Rated;

/**
 * How a graded answer rates for review: right → Good, partly right → Hard, wrong, blank or
 * ungradable → Again. Easy only ever comes from the student (see `recordReview`).
 *
 * @example ratingFor({ kind: 'unanswered' }) // Rating.Again
 */
export function ratingFor(grade: AttemptGrade): ReviewRating {
	if (grade.kind !== 'scored') return Rating.Again;
	if (grade.correct) return Rating.Good;
	return grade.score > 0 ? Rating.Hard : Rating.Again;
}

/**
 * The card after an answer. A question without a card gets one only when the answer was not
 * Good/Easy: right the first time means nothing to review. A question with a card keeps it and is
 * rescheduled, so a quiz retake also counts as a review.
 */
export function nextCard(
	card: StoredCard | undefined,
	rating: ReviewRating,
	now: Date
): StoredCard | undefined {
	if (!card && (rating === Rating.Good || rating === Rating.Easy)) return undefined;
	const current = card ? fromStoredCard(card) : createEmptyCard(now);
	return toStoredCard(scheduler.next(current, now, rating).card);
}
