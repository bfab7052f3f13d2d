import * as v from 'valibot';
import { ResponseSchema, SKILLS } from '../../quiz/question';

import { nonEmptyText, IsoTimeSchema, uniqueBy } from '../../core/validation';

import { AttemptGradeSchema } from './attempt-grade';

/** More questions than one sitting ever has; bounds counts and tallies, which are summed. */
const MAX_QUESTIONS = 10_000;

const nonEmpty = nonEmptyText();
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_QUESTIONS));
/** Credit, possibly fractional; `finite` refuses the Infinity that "1e999" in JSON reads as. */
const credit = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_QUESTIONS));

/**
 * A practice sitting of the questions a quiz missed: which quiz, and that quiz's score once the
 * corrected answers replace the missed ones. The module's score follows it; the chart never falls.
 */
export const RetrySchema = v.object({ of: nonEmpty, scoreAfter: share });

/**
 * One finished quiz or review of one module, kept in full until storage runs short
 * (then it becomes an `AttemptSummary`, see compact.ts). Records are keyed by question id.
 */
export const AttemptSchema = v.pipe(
	v.object({
		/** Made by the caller (e.g. `crypto.randomUUID()`); recording the same id twice is a no-op. */
		id: nonEmpty,
		moduleSlug: nonEmpty,
		/** A review attempt holds only the questions that were due, so its score is not a quiz score. */
		kind: v.picklist(['quiz', 'review']),
		/** The results page keys its rows by these. */
		questionIds: v.pipe(
			v.array(nonEmpty),
			uniqueBy(
				(id) => id,
				(id) => `lists question ${JSON.stringify(id)} twice`
			)
		),
		responses: v.record(v.string(), ResponseSchema),
		/** A question without a grade counts as unanswered. Feedback is rebuilt, not kept. */
		grades: v.record(v.string(), AttemptGradeSchema),
		skills: v.record(v.string(), v.picklist(SKILLS)),
		startedAt: IsoTimeSchema,
		finishedAt: IsoTimeSchema,
		/** Earned over total, 0–1; every question is worth 1 and partial credit counts. */
		score: share,
		/** Set on a retry of missed questions (kind "quiz"); absent before 2026-11. */
		retry: v.optional(RetrySchema)
	}),
	v.check(
		(a) => a.questionIds.every((id) => Object.hasOwn(a.skills, id)),
		'every question needs a skill'
	)
);

/** Credit earned out of credit possible for one skill; `earned` may be fractional (partial credit). */
export const SkillTallySchema = v.object({
	earned: credit,
	total: credit
});

/**
 * What is kept of an attempt once its details are compacted away: enough for module statistics
 * (scores over time, time spent, skills), never dropped.
 */
export const AttemptSummarySchema = v.object({
	id: nonEmpty,
	moduleSlug: nonEmpty,
	kind: v.picklist(['quiz', 'review']),
	startedAt: IsoTimeSchema,
	finishedAt: IsoTimeSchema,
	score: share,
	questionCount: count,
	skills: v.record(v.picklist(SKILLS), SkillTallySchema),
	retry: v.optional(RetrySchema)
});

export type Attempt = v.InferOutput<typeof AttemptSchema>;
export type AttemptKind = Attempt['kind'];
export type AttemptSummary = v.InferOutput<typeof AttemptSummarySchema>;
export type SkillTally = v.InferOutput<typeof SkillTallySchema>;
export type Retry = v.InferOutput<typeof RetrySchema>;
