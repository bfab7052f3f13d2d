import * as v from 'valibot';
import { AttemptGradeSchema } from './attempt-grade';
import { StoredCardSchema } from './card';
import { IsoTimeSchema } from './time';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * What is known about one question of one module, across attempts and reviews.
 * `card` exists only once the question needs review (see schedule.ts); a question answered right
 * every time has none.
 */
export const QuestionStateSchema = v.object({
	lastGrade: AttemptGradeSchema,
	seen: count,
	correct: count,
	/** When it was last answered; merging two copies keeps the later one. */
	updatedAt: IsoTimeSchema,
	card: v.optional(StoredCardSchema)
});

export type QuestionState = v.InferOutput<typeof QuestionStateSchema>;

/**
 * Question states are keyed `${moduleSlug}/${questionId}`: question ids are only unique within a
 * module, and neither a slug (a folder name) nor a question id contains "/".
 *
 * @example questionKey('kazakhstan-2022', 'q3') // 'kazakhstan-2022/q3'
 */
export const questionKey = (moduleSlug: string, questionId: string): string =>
	`${moduleSlug}/${questionId}`;

/** @example splitQuestionKey('kazakhstan-2022/q3') // { moduleSlug: 'kazakhstan-2022', questionId: 'q3' } */
export function splitQuestionKey(key: string): { moduleSlug: string; questionId: string } {
	const slash = key.indexOf('/');
	return { moduleSlug: key.slice(0, slash), questionId: key.slice(slash + 1) };
}
