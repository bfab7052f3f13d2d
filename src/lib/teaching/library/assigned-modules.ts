import * as v from 'valibot';
import { AssignmentSchema, type Assignment, type WireBlock } from '../sharing';
import { CarriedArticleSchema } from '../../reading/article';
import { EpochMsSchema } from '../../core/validation';
import type { ReadingLevel } from '../../reading/reading-level';

import { moduleUpdate, type ModuleUpdate } from './module-update';
import {
	ASSIGNED_MODULES_KEY,
	type ListDefinition,
	readStoredList,
	type StoredList
} from '../../core/storage';

import { sameStudent } from './students';

const SubmissionSchema = v.object({
	attempt: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
	finishedAt: EpochMsSchema,
	percent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
	/** The receipt code, so the student can send it again later. */
	receiptCode: v.string(),
	/** Whose attempt: on a shared device each student has their own attempts. Absent before 2026-11. */
	studentName: v.optional(v.pipe(v.string(), v.maxLength(200)))
});

export const AssignedModuleSchema = v.object({
	assignment: AssignmentSchema,
	addedAt: EpochMsSchema,
	submissions: v.optional(v.array(SubmissionSchema), []),
	/**
	 * The article split into sentences where the module was made, as a format-3 link carries it,
	 * so this device shows it without a sentence splitter. Absent for older links and files.
	 */
	article: v.optional(CarriedArticleSchema)
});

export type Submission = v.InferOutput<typeof SubmissionSchema>;
export type AssignedModule = v.InferOutput<typeof AssignedModuleSchema>;

export const readAssignedModules = (text: string | null): StoredList<AssignedModule> =>
	readStoredList(text, AssignedModuleSchema);

/** The student's assigned modules as a stored list, one entry per module id. */
export const ASSIGNED_MODULES: ListDefinition<AssignedModule> = {
	key: ASSIGNED_MODULES_KEY,
	read: readAssignedModules,
	idOf: (entry) => entry.assignment.id
};

export type AddOutcome = 'added' | 'updated' | 'unchanged';

/**
 * What opening `assignment` would change for a module already on the device: undefined when it
 * is new here or the same. Show `changes` and let the student confirm before `addAssigned`.
 */
export function pendingUpdate(
	library: readonly AssignedModule[],
	assignment: Assignment
): ModuleUpdate | undefined {
	const existing = library.find((entry) => entry.assignment.id === assignment.id);
	if (!existing) return undefined;
	const update = moduleUpdate(existing.assignment, assignment);
	return same(existing.assignment, update.assignment) ? undefined : update;
}

/**
 * Adds a module opened from a link. Opening the same module again keeps the student's
 * submissions; a teacher's newer version (same id, other content) replaces the old one, but never
 * with a looser attempt limit, time limit or feedback (see `moduleUpdate`).
 */
export function addAssigned(
	library: readonly AssignedModule[],
	assignment: Assignment,
	now: number,
	article?: WireBlock[]
): { library: AssignedModule[]; outcome: AddOutcome } {
	const existing = library.find((entry) => entry.assignment.id === assignment.id);
	const carried = article ? { article } : {};
	if (!existing) {
		return {
			library: [{ assignment, addedAt: now, submissions: [], ...carried }, ...library],
			outcome: 'added'
		};
	}
	const update = pendingUpdate(library, assignment);
	if (!update) return { library: [...library], outcome: 'unchanged' };
	// The article may have changed with the update: its old split must not stay behind.
	const updated: AssignedModule = { ...existing, ...carried, assignment: update.assignment };
	if (!article) delete updated.article;
	return {
		library: library.map((entry) => (entry === existing ? updated : entry)),
		outcome: 'updated'
	};
}

/**
 * The reading level is measured from the body: a file carries it and a link does not, so the same
 * module opened both ways must not read as an update.
 */
const same = (a: Assignment, b: Assignment) =>
	JSON.stringify({ ...a, readingLevel: undefined }) ===
	JSON.stringify({ ...b, readingLevel: undefined });

/**
 * The library with what this device made for a module that did not carry it (its article's
 * split, its reading level), saved on that module: the same id and the same body. What the
 * module already has is kept, and every other module stays as it was.
 */
export function withMadeOnDevice(
	library: readonly AssignedModule[],
	assignment: Pick<Assignment, 'id' | 'body'>,
	made: { article?: WireBlock[]; readingLevel?: ReadingLevel }
): AssignedModule[] {
	return library.map((entry) => {
		if (entry.assignment.id !== assignment.id || entry.assignment.body !== assignment.body) {
			return entry;
		}
		const article = entry.article ?? made.article;
		const readingLevel = entry.assignment.readingLevel ?? made.readingLevel;
		return {
			...entry,
			...(article ? { article } : {}),
			assignment: readingLevel ? { ...entry.assignment, readingLevel } : entry.assignment
		};
	});
}

export function recordSubmission(
	library: readonly AssignedModule[],
	id: string,
	submission: Submission
): AssignedModule[] {
	return library.map((entry) =>
		entry.assignment.id === id
			? { ...entry, submissions: [...entry.submissions, submission] }
			: entry
	);
}

/**
 * One student's submissions of a module. A submission stored before names were kept with it
 * counts for every student: it cannot be told whose it was, and a limit must not loosen.
 */
export function submissionsBy(entry: AssignedModule, studentName: string): Submission[] {
	return entry.submissions.filter(
		(s) => s.studentName === undefined || sameStudent(s.studentName, studentName)
	);
}

/**
 * How many more times the student may submit (`studentName`'s own attempts, or every attempt on
 * the device without one); null when there is no limit.
 */
export function attemptsLeft(entry: AssignedModule, studentName?: string): number | null {
	const allowed = entry.assignment.settings.attemptsAllowed;
	const used =
		studentName === undefined ? entry.submissions.length : submissionsBy(entry, studentName).length;
	return allowed === null ? null : Math.max(0, allowed - used);
}
