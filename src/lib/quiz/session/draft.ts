import * as v from 'valibot';
import { GradeSchema, ResponseSchema } from '../question';
import { draftKey, type ValueDefinition } from '../../core/storage';

import { parseOutsideJson, EpochMsSchema } from '../../core/validation';

/**
 * A quiz in progress, saved after every change so a reload, a trip to the article or a closed tab
 * loses nothing. Stored per module under `lectern.draft.<slug>`.
 */
export const DraftSchema = v.object({
	version: v.literal(1),
	moduleSlug: v.string(),
	/** The questions of this sitting, in the order asked (a retry asks only the missed ones). */
	questionIds: v.array(v.string()),
	/** Position in `questionIds`; kept in range by `fitDraft`. */
	current: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9_999)),
	responses: v.record(v.string(), ResponseSchema),
	/** Grades already shown to the student (feedback after each question); those answers are locked. */
	checked: v.record(v.string(), GradeSchema),
	startedAt: EpochMsSchema,
	/** Set while the student reviews before submitting. */
	reviewing: v.optional(v.boolean(), false),
	/** A retry of the questions quiz `retryOf` missed: practice that corrects that quiz's score. */
	retryOf: v.optional(v.string())
});

export type Draft = v.InferOutput<typeof DraftSchema>;

export function newDraft(
	moduleSlug: string,
	questionIds: readonly string[],
	now: number,
	retryOf?: string
): Draft {
	return {
		version: 1,
		moduleSlug,
		questionIds: [...questionIds],
		current: 0,
		responses: {},
		checked: {},
		startedAt: now,
		reviewing: false,
		...(retryOf ? { retryOf } : {})
	};
}

/** A stored draft's text as a draft; undefined when it cannot be read (it is then set aside). */
export function readDraft(text: string): Draft | undefined {
	try {
		const parsed = v.safeParse(DraftSchema, parseOutsideJson(text));
		return parsed.success ? parsed.output : undefined;
	} catch {
		return undefined;
	}
}

/** The quiz in progress of one module, kept in the store under `lectern.draft.<slug>`. */
export const draftValue = (moduleSlug: string): ValueDefinition<Draft> => ({
	key: draftKey(moduleSlug),
	read: readDraft,
	write: (draft) => JSON.stringify(draft)
});

/**
 * A readable draft, fitted to a module whose questions are `knownIds`: undefined when it belongs
 * to another module or none of its questions exist any more (the module was rebuilt).
 */
export function fitDraft(
	draft: Draft | undefined,
	moduleSlug: string,
	knownIds: readonly string[]
): Draft | undefined {
	if (!draft || draft.moduleSlug !== moduleSlug) return undefined;
	const known = new Set(knownIds);
	// Each question once: the quiz keys its list by id, and a repeat would stop the page.
	const questionIds = [...new Set(draft.questionIds)].filter((id) => known.has(id));
	if (questionIds.length === 0) return undefined;
	return { ...draft, questionIds, current: Math.min(draft.current, questionIds.length - 1) };
}
