import * as v from 'valibot';
import { FeedbackModeSchema } from '../../quiz/question';
import { ModuleContentSchema } from '../../reading/modules';
import { ReadingLevelSchema } from '../../reading/reading-level';
import { CalendarDateSchema, uniqueBy } from '../../core/validation';

/**
 * A teacher's module (the module family is described in `reading/modules/module.ts`): the article
 * and its questions travel together, so a student device needs nothing else (no server, no bundled
 * copy). Shared as a link, a QR code or a file, and kept in the teacher's gradebook to re-grade
 * receipts.
 */

const content = ModuleContentSchema.entries;

/** People type these, so they are trimmed and bounded where a bundled module's are taken as built. */
const typed = (text: typeof content.title, max: number) =>
	v.pipe(text, v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max));

/** Which attempt counts: the best score, the last one sent, or the first. */
export const COUNTED_ATTEMPTS = ['highest', 'latest', 'first'] as const;
export type CountedAttempt = (typeof COUNTED_ATTEMPTS)[number];

export const ASSIGNMENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{3,63}$/;

export const AssignmentSettingsSchema = v.object({
	shuffleQuestions: v.boolean(),
	shuffleOptions: v.boolean(),
	/** Whole percentage a student needs to pass, 0–100. */
	passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
	/** How many times a student may submit; null means as often as they like. */
	attemptsAllowed: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99))),
	feedback: FeedbackModeSchema,
	/** Minutes; null means no time limit. */
	timeLimitMinutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600))),
	dueDate: v.nullable(CalendarDateSchema),
	/**
	 * Which of a student's attempts the gradebook counts. Absent in modules made before 2026-11,
	 * which counted the latest; those read as "highest", so a timed-out retry never sinks a pass.
	 */
	countedAttempt: v.optional(
		v.picklist(COUNTED_ATTEMPTS, 'must be "highest", "latest" or "first"'),
		'highest'
	)
});

export const AssignmentSchema = v.object({
	/** Stable for the module's life: receipts name it, and the gradebook matches them by it. */
	id: v.pipe(
		v.string(),
		v.regex(ASSIGNMENT_ID_PATTERN, 'must be 4–64 lowercase letters, digits and -')
	),
	title: typed(content.title, 200),
	source: v.optional(typed(content.source, 200)),
	body: typed(content.body, 200_000),
	/** Pages key questions by id, and receipts and progress name them by it: one id, one question. */
	questions: v.pipe(
		content.questions,
		v.minLength(1, 'needs at least one question'),
		uniqueBy(
			(question) => question.id,
			(id) => `two questions have the id ${JSON.stringify(id)}; ids must be unique`
		)
	),
	settings: AssignmentSettingsSchema,
	/**
	 * The teacher's record that the article ships with Lectern (its folder name), so share links can
	 * name it instead of carrying its text. Not part of share links themselves.
	 */
	bundledSlug: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,99}$/))),
	/**
	 * Measured from `body` when the teacher made the module. Absent in modules made before Lectern measured it
	 * and in modules opened from a link (links do not carry it): measure it then.
	 */
	readingLevel: v.optional(ReadingLevelSchema)
});

export type AssignmentSettings = v.InferOutput<typeof AssignmentSettingsSchema>;
export type Assignment = v.InferOutput<typeof AssignmentSchema>;

export const DEFAULT_SETTINGS: AssignmentSettings = {
	shuffleQuestions: false,
	shuffleOptions: true,
	passMark: 60,
	attemptsAllowed: null,
	feedback: 'after-each',
	timeLimitMinutes: null,
	dueDate: null,
	countedAttempt: 'highest'
};
