import { splitQuestionKey } from './question-state';
import type { ProgressState } from './state';
import { msOf } from './time';

// Apart from `recordReview`: pages that list due reviews (home) must not load the scheduler.

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
