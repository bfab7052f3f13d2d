import * as v from 'valibot';
import { GradeSchema, ResponseSchema } from '../question/response';
import { EpochMsSchema } from '../validation/timestamp';

/**
 * A quiz in progress, saved after every change so a reload, a trip to the article or a closed tab
 * loses nothing. Stored per module under `lectern.draft.<slug>`.
 */
export const DraftSchema = v.object({
	version: v.literal(1),
	moduleSlug: v.string(),
	/** The questions of this sitting, in the order asked (a retry asks only the missed ones). */
	questionIds: v.array(v.string()),
	/** Position in `questionIds`; kept in range by `parseDraft`. */
	current: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9_999)),
	responses: v.record(v.string(), ResponseSchema),
	/** Grades already shown to the student (feedback after each question); those answers are locked. */
	checked: v.record(v.string(), GradeSchema),
	startedAt: EpochMsSchema,
	/** Set while the student reviews before submitting. */
	reviewing: v.optional(v.boolean(), false)
});

export type Draft = v.InferOutput<typeof DraftSchema>;

export function newDraft(moduleSlug: string, questionIds: readonly string[], now: number): Draft {
	return {
		version: 1,
		moduleSlug,
		questionIds: [...questionIds],
		current: 0,
		responses: {},
		checked: {},
		startedAt: now,
		reviewing: false
	};
}

/**
 * Reads a saved draft for a module whose questions are `knownIds`. Anything unreadable, or a draft
 * whose questions no longer exist (the module was rebuilt), gives `undefined`: start afresh.
 */
export function parseDraft(
	raw: string | null,
	moduleSlug: string,
	knownIds: readonly string[]
): Draft | undefined {
	if (!raw) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return undefined;
	}
	const parsed = v.safeParse(DraftSchema, data);
	if (!parsed.success || parsed.output.moduleSlug !== moduleSlug) return undefined;
	const known = new Set(knownIds);
	// Each question once: the quiz keys its list by id, and a repeat would stop the page.
	const questionIds = [...new Set(parsed.output.questionIds)].filter((id) => known.has(id));
	if (questionIds.length === 0) return undefined;
	return {
		...parsed.output,
		questionIds,
		current: Math.min(parsed.output.current, questionIds.length - 1)
	};
}
