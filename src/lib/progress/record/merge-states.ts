import type { Attempt, AttemptSummary } from './attempt';
import { byFinishedAt } from './order';
import type { QuestionState } from './question-state';
import type { ProgressState } from './state';
import { summarizeAttempt } from './summarize-attempt';
import { msOf } from './time';

/**
 * Whether two records with the same id describe the same attempt. Ids are made by the caller, so a
 * mismatch means a conflict (e.g. a hand-edited backup), resolved by keeping the current side's.
 */
export function sameAttempt(a: Attempt | AttemptSummary, b: Attempt | AttemptSummary): boolean {
	const x = isDetailed(a) ? summarizeAttempt(a) : a;
	const y = isDetailed(b) ? summarizeAttempt(b) : b;
	return (
		x.moduleSlug === y.moduleSlug &&
		x.kind === y.kind &&
		x.startedAt === y.startedAt &&
		x.finishedAt === y.finishedAt &&
		x.score === y.score &&
		x.questionCount === y.questionCount
	);
}

/**
 * Union of two progress states (another tab's, an imported backup's): no attempt of either side is
 * lost. Per id, details beat a summary; on a conflict the current side wins. A question's state is
 * the more recently answered copy, with the larger seen/correct counts.
 *
 * @example mergeStates(load().state, parsedBackup.state)
 */
export function mergeStates(current: ProgressState, incoming: ProgressState): ProgressState {
	const theirs = recordsById(incoming);
	const chosen = new Map<string, AttemptRecord>();
	for (const [id, ours] of recordsById(current)) {
		const other = theirs.get(id);
		const detailsFromThem = other && isDetailed(other) && !isDetailed(ours);
		chosen.set(id, detailsFromThem && sameAttempt(ours, other) ? other : ours);
	}
	for (const [id, record] of theirs) if (!chosen.has(id)) chosen.set(id, record);
	const records = [...chosen.values()].sort(byFinishedAt);
	return {
		version: current.version,
		attempts: records.filter(isDetailed),
		questionStates: mergeQuestionStates(current.questionStates, incoming.questionStates),
		summaries: records.filter((r): r is AttemptSummary => !isDetailed(r))
	};
}

type AttemptRecord = Attempt | AttemptSummary;

const isDetailed = (record: AttemptRecord): record is Attempt => 'questionIds' in record;

function recordsById(state: ProgressState): Map<string, AttemptRecord> {
	const records = new Map<string, AttemptRecord>();
	for (const record of [...state.attempts, ...state.summaries]) {
		if (!records.has(record.id)) records.set(record.id, record);
	}
	return records;
}

function mergeQuestionStates(
	current: Readonly<Record<string, QuestionState>>,
	incoming: Readonly<Record<string, QuestionState>>
): Record<string, QuestionState> {
	const merged: Record<string, QuestionState> = { ...current };
	for (const [key, theirs] of Object.entries(incoming)) {
		const ours = Object.hasOwn(merged, key) ? merged[key] : undefined;
		merged[key] = ours ? newerOf(ours, theirs) : theirs;
	}
	return merged;
}

/**
 * The copy answered last carries the card that reflects the latest review. Counts take the larger
 * side: exact when one copy is an older version of the other, one short when both tabs answered
 * the same question concurrently (there is no common ancestor to add from).
 */
function newerOf(ours: QuestionState, theirs: QuestionState): QuestionState {
	const latest = msOf(theirs.updatedAt) > msOf(ours.updatedAt) ? theirs : ours;
	return {
		...latest,
		seen: Math.max(ours.seen, theirs.seen),
		correct: Math.max(ours.correct, theirs.correct)
	};
}
