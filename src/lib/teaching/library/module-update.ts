import type { Assignment, AssignmentSettings } from '../sharing';
import { COUNTED_ATTEMPT_WORDS } from '../gradebook';

/**
 * A newer version of a module the student already has, as it will be stored: its questions and
 * text, but never a looser attempt limit, time limit or feedback than the version on the device
 * (a link can be edited by anyone who has it), with what changed in words for the student to
 * confirm.
 */
export interface ModuleUpdate {
	assignment: Assignment;
	changes: string[];
}

/**
 * @example moduleUpdate(stored, fromLink).changes // ['2 questions changed their answers', 'The pass mark changes from 60% to 70%.']
 */
export function moduleUpdate(stored: Assignment, next: Assignment): ModuleUpdate {
	const settings = stricterSettings(stored.settings, next.settings);
	const assignment = { ...next, settings };
	return { assignment, changes: describeChanges(stored, next, settings) };
}

function stricterSettings(old: AssignmentSettings, next: AssignmentSettings): AssignmentSettings {
	return {
		...next,
		attemptsAllowed: lowerLimit(old.attemptsAllowed, next.attemptsAllowed),
		timeLimitMinutes: lowerLimit(old.timeLimitMinutes, next.timeLimitMinutes),
		feedback: old.feedback === 'at-end' ? 'at-end' : next.feedback
	};
}

/** null is "no limit", the loosest. */
function lowerLimit(old: number | null, next: number | null): number | null {
	if (old === null) return next;
	if (next === null) return old;
	return Math.min(old, next);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describeChanges(stored: Assignment, next: Assignment, kept: AssignmentSettings): string[] {
	const changes: string[] = [];
	if (stored.title !== next.title) changes.push(`The title changes to “${next.title}”.`);
	if (stored.body !== next.body) changes.push('The article text changes.');
	const before = new Map(stored.questions.map((q) => [q.id, q]));
	const after = new Set(next.questions.map((q) => q.id));
	const added = next.questions.filter((q) => !before.has(q.id)).length;
	const removed = stored.questions.filter((q) => !after.has(q.id)).length;
	const changed = next.questions.filter((q) => {
		const old = before.get(q.id);
		return old !== undefined && JSON.stringify(old) !== JSON.stringify(q);
	}).length;
	if (added) changes.push(`${plural(added, 'question is', 'questions are')} added.`);
	if (removed) changes.push(`${plural(removed, 'question is', 'questions are')} removed.`);
	if (changed)
		changes.push(`${plural(changed, 'question changes', 'questions change')}, answers included.`);
	const was = stored.settings;
	if (was.passMark !== kept.passMark)
		changes.push(`The pass mark changes from ${was.passMark}% to ${kept.passMark}%.`);
	if (was.dueDate !== kept.dueDate)
		changes.push(`The due date changes to ${kept.dueDate ?? 'none'}.`);
	if (was.attemptsAllowed !== kept.attemptsAllowed)
		changes.push(
			`Attempts allowed change from ${was.attemptsAllowed ?? 'any number'} to ${kept.attemptsAllowed}.`
		);
	if (was.timeLimitMinutes !== kept.timeLimitMinutes)
		changes.push(
			`The time limit changes from ${was.timeLimitMinutes ?? 'none'} to ${kept.timeLimitMinutes} minutes.`
		);
	if (was.feedback !== kept.feedback) changes.push('Feedback comes only at the end.');
	if (was.countedAttempt !== kept.countedAttempt)
		changes.push(`Your teacher now counts ${COUNTED_ATTEMPT_WORDS[kept.countedAttempt]}.`);
	if (
		(next.settings.attemptsAllowed ?? Infinity) > (kept.attemptsAllowed ?? Infinity) ||
		(next.settings.timeLimitMinutes ?? Infinity) > (kept.timeLimitMinutes ?? Infinity) ||
		next.settings.feedback !== kept.feedback
	) {
		changes.push(
			'The link asks for more attempts, more time or earlier feedback than the version on this device; those stay as they were. For a fresh start, ask your teacher for a new module.'
		);
	}
	return changes;
}
