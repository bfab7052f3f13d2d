import { mergeStates, sameAttempt } from './merge-states';
import type { ProgressState } from './state';

export interface ImportPreview {
	/** Attempts (detailed or summarised) the import adds. */
	newAttempts: number;
	/** Slugs of the modules those attempts belong to, sorted. */
	modules: string[];
	/** Question states the import adds or replaces with a more recent answer. */
	updatedQuestions: number;
	/** Attempts present on both sides with different contents; the current side's is kept. */
	conflicts: { id: string; moduleSlug: string }[];
	/** True when importing would change nothing. */
	unchanged: boolean;
}

/**
 * What `mergeStates(current, incoming)` would change, for the student to confirm an import.
 *
 * @example previewImport(state, backup.state) // { newAttempts: 3, modules: ['kazakhstan-2022'], … }
 */
export function previewImport(current: ProgressState, incoming: ProgressState): ImportPreview {
	const ours = new Map([...current.attempts, ...current.summaries].map((r) => [r.id, r]));
	const added = [...incoming.attempts, ...incoming.summaries].filter((r) => !ours.has(r.id));
	const conflicts = [...incoming.attempts, ...incoming.summaries].flatMap((theirs) => {
		const mine = ours.get(theirs.id);
		return mine && !sameAttempt(mine, theirs)
			? [{ id: theirs.id, moduleSlug: mine.moduleSlug }]
			: [];
	});
	const merged = mergeStates(current, incoming).questionStates;
	const updatedQuestions = Object.keys(merged).filter((key) => {
		const before = Object.hasOwn(current.questionStates, key)
			? current.questionStates[key]
			: undefined;
		return before?.updatedAt !== merged[key]?.updatedAt;
	}).length;
	return {
		newAttempts: added.length,
		modules: [...new Set(added.map((r) => r.moduleSlug))].sort(),
		updatedQuestions,
		conflicts,
		unchanged: added.length === 0 && updatedQuestions === 0
	};
}
