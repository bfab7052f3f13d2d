import type { Grade } from '../../quiz/question';
import type { AttemptSummary, Retry } from './attempt';
import { creditOf } from './credit';
import { byFinishedAt } from './order';
import { own } from './own';
import { msOf } from './time';
import type { ProgressState } from './state';

/**
 * The quiz a retry belongs to: a retry of a retry still corrects the first full sitting.
 *
 * @example retriedQuizId({ id: 'a2', retry: { of: 'a1', scoreAfter: 0.8 } }) // 'a1'
 */
export function retriedQuizId(attempt: Pick<AttemptSummary, 'id' | 'retry'>): string {
	return attempt.retry?.of ?? attempt.id;
}

/**
 * What a retry of quiz `quizId` records: the quiz's score once every question's best answer
 * so far counts, this retry's `grades` included. A corrected answer only ever raises the score.
 * Where the quiz was compacted (its answers are gone), the score stays as last corrected.
 *
 * @example retryRecord(state, 'a1', { q3: right }) // { of: 'a1', scoreAfter: 0.85 }
 */
export function retryRecord(
	state: ProgressState,
	quizId: string,
	grades: Readonly<Record<string, Grade>>
): Retry {
	const retries = state.attempts
		.filter((a) => a.retry?.of === quizId)
		.sort(byFinishedAt)
		.map((a) => a.grades);
	const quiz = state.attempts.find((a) => a.id === quizId);
	if (!quiz) return { of: quizId, scoreAfter: correctedScore(state, quizId) ?? 0 };
	const best = quiz.questionIds.map((id) =>
		Math.max(
			creditOf(own(quiz.grades, id)),
			...retries.map((retry) => creditOf(own(retry, id))),
			creditOf(own(grades, id))
		)
	);
	const total = best.length;
	return { of: quizId, scoreAfter: total ? best.reduce((a, b) => a + b, 0) / total : 0 };
}

/**
 * Quiz `quizId`'s score with the corrections its retries made, counting only records finished
 * before `before` (an ISO time) when given; undefined when the quiz is not on this device.
 *
 * @example correctedScore(state, 'a1', retry.finishedAt) // 0.65: what the retry started from
 */
export function correctedScore(
	state: ProgressState,
	quizId: string,
	before?: string
): number | undefined {
	const latest = [...state.attempts, ...state.summaries]
		.filter((a) => a.id === quizId || a.retry?.of === quizId)
		.filter((a) => before === undefined || msOf(a.finishedAt) < msOf(before))
		.sort(byFinishedAt)
		.at(-1);
	return latest?.retry?.scoreAfter ?? latest?.score;
}
