import type { Grade } from '../question/response';
import type { AttemptSummary, Retry } from './attempt';
import { creditOf } from './credit';
import { byFinishedAt } from './order';
import { own } from './own';
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
	if (!quiz) {
		const earlier = [...state.attempts, ...state.summaries]
			.filter((a) => a.id === quizId || a.retry?.of === quizId)
			.sort(byFinishedAt)
			.at(-1);
		return { of: quizId, scoreAfter: earlier?.retry?.scoreAfter ?? earlier?.score ?? 0 };
	}
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
