import type { Attempt } from './attempt';
import { answerQuestion } from './answer-question';
import { byFinishedAt } from './order';
import { own } from './own';
import { questionKey, type QuestionState } from './question-state';
import type { ProgressState } from './state';

/** Whether an attempt id is recorded, in detail or as a summary. @example hasAttempt(state, 'a1') */
function hasAttempt(state: ProgressState, id: string): boolean {
	return state.attempts.some((a) => a.id === id) || state.summaries.some((s) => s.id === id);
}

/**
 * Adds a finished attempt and updates each of its questions (seen, correct, last grade, review
 * card) as answered at `now`. Recording an id that is already there returns the state unchanged,
 * so a double submit or a replayed save cannot count twice.
 *
 * @example state = recordAttempt(state, buildAttempt({ ... }), new Date())
 */
export function recordAttempt(state: ProgressState, attempt: Attempt, now: Date): ProgressState {
	if (hasAttempt(state, attempt.id)) return state;
	const questionStates: Record<string, QuestionState> = { ...state.questionStates };
	for (const questionId of attempt.questionIds) {
		const key = questionKey(attempt.moduleSlug, questionId);
		const grade = own(attempt.grades, questionId) ?? { kind: 'unanswered' as const };
		questionStates[key] = answerQuestion(own(questionStates, key), grade, now);
	}
	return {
		...state,
		attempts: [...state.attempts, attempt].sort(byFinishedAt),
		questionStates
	};
}
