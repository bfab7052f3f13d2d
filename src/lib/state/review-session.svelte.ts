import type { ReviewItem } from '$lib/progress/view';
import type { Grade, Question } from '$lib/quiz/question';

import type { Progress } from './progress.svelte';
import { inMemory, QuizSession } from './quiz-session.svelte';
import { loadScheduling } from './scheduling';

/**
 * One sitting of spaced review, as a quiz session: the questions that were due when it started,
 * one at a time, feedback after each. The list is fixed at the start, so a question answered here
 * stays in the sitting even though it is no longer due. Nothing is kept as a draft: each checked
 * answer goes to `onreviewed` at once, under its item's key (`slug/questionId`), to reschedule it,
 * so leaving half-way loses nothing already answered.
 *
 * @example
 * const review = reviewSession(overview.due, (key, grade) => progress.record(reviewRecorded(key, grade)), Date.now());
 */
export function reviewSession(
	items: readonly ReviewItem<Question>[],
	onreviewed: (key: string, grade: Grade) => void,
	now: number
): QuizSession {
	// Each item holds its own question object, and the session only hands those back, so the
	// object finds its key even where two modules use the same question id.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- fixed at the start, nothing reacts to it
	const keys = new Map(items.map((item) => [item.question, item.key]));
	return new QuizSession({
		moduleSlug: 'review',
		questions: items.map((item) => item.question),
		keyOf: (question) => keys.get(question) ?? question.id,
		drafts: inMemory,
		onchecked: onreviewed,
		now
	});
}

/**
 * The review sitting of a page: each answer rescheduled in `progress` as it is checked. A sitting
 * with questions starts once the scheduler has loaded, so no answer waits for it or is lost to a
 * failed load (the promise rejects instead); an empty one needs no scheduler.
 *
 * @example session = await startReview(overview.due, useProgress(), Date.now());
 */
export async function startReview(
	items: readonly ReviewItem<Question>[],
	progress: Progress,
	now: number
): Promise<QuizSession> {
	if (items.length === 0) return reviewSession(items, () => {}, now);
	const { reviewRecorded } = await loadScheduling();
	return reviewSession(items, (key, grade) => progress.record(reviewRecorded(key, grade)), now);
}

interface ReviewTally {
	reviewed: number;
	right: number;
	partly: number;
	wrong: number;
}

/** The checked answers of a sitting, right, partly right and wrong; skipped ones are left out. */
export function reviewTally(session: QuizSession): ReviewTally {
	const grades = session.questions.flatMap((question) => {
		const grade = session.checkedGrade(question);
		return grade?.kind === 'scored' ? [grade] : [];
	});
	return {
		reviewed: grades.length,
		right: grades.filter((g) => g.correct).length,
		partly: grades.filter((g) => !g.correct && g.score > 0).length,
		wrong: grades.filter((g) => g.score === 0).length
	};
}
