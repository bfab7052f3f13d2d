import { byFinishedAt } from './order';
import type { ProgressState } from './state';
import { summarizeAttempt } from './summarize-attempt';

/**
 * Turns up to `count` of the oldest detailed attempts into summaries to free storage. The newest
 * attempt always keeps its details, and summaries are never dropped. Returns how many were compacted
 * (0 when nothing more can be).
 *
 * @example compactOldest(state, 4).compacted // 4
 */
export function compactOldest(
	state: ProgressState,
	count: number
): { state: ProgressState; compacted: number } {
	const compactable = Math.max(0, Math.min(count, state.attempts.length - 1));
	if (compactable === 0) return { state, compacted: 0 };
	const oldest = state.attempts.slice(0, compactable);
	return {
		state: {
			...state,
			attempts: state.attempts.slice(compactable),
			summaries: [...state.summaries, ...oldest.map(summarizeAttempt)].sort(byFinishedAt)
		},
		compacted: compactable
	};
}
