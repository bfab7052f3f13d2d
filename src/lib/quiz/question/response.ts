import * as v from 'valibot';
import { uniqueBy } from '../../core/validation';
import { EntryIndexSchema } from './schema';

/** Indexes chosen at most once each: the quiz keys an ordering's rows by them. */
const distinctIndexes = v.pipe(
	v.array(EntryIndexSchema),
	uniqueBy(
		(index) => index,
		() => 'lists the same entry twice'
	)
);

/**
 * What a student answered, one shape per question type. Choice answers are option indexes into the
 * question's own lists (never display positions), so a shuffled display grades the same.
 * Every response is stored in progress as is, so these shapes are part of the stored format.
 */
export const ResponseSchema = v.variant('type', [
	v.object({ type: v.literal('single-choice'), selected: v.nullable(EntryIndexSchema) }),
	v.object({ type: v.literal('multiple-choice'), selected: distinctIndexes }),
	v.object({ type: v.literal('true-false'), selected: v.nullable(v.boolean()) }),
	v.object({ type: v.literal('numeric'), text: v.string() }),
	v.object({ type: v.literal('short-answer'), text: v.string() }),
	v.object({ type: v.literal('cloze'), text: v.string() }),
	/** `order[k]` is the index in `question.items` of the item the student put at position k. */
	v.object({ type: v.literal('ordering'), order: distinctIndexes }),
	/** `matches[i]` is the index of the pair whose `right` the student chose for `pairs[i].left`, or null. */
	v.object({ type: v.literal('matching'), matches: v.array(v.nullable(EntryIndexSchema)) })
]);

export type Response = v.InferOutput<typeof ResponseSchema>;
export type ResponseOf<T extends Response['type']> = Extract<Response, { type: T }>;

/** How a right or wrong answer is explained to the student. */
export const FeedbackSchema = v.object({
	verdict: v.picklist(['correct', 'partly-correct', 'incorrect']),
	/** One short sentence, e.g. "Correct — accepted 'Rusia' as 'Russia'." */
	message: v.string(),
	/** The correct answer written out (the question's answerText). */
	correctAnswer: v.string(),
	/** Why a chosen wrong option is wrong, or why the answer is right, where the text allows. */
	explanation: v.optional(v.string())
});

/**
 * The grade of one response. "unanswered" (nothing given) and "invalid" (cannot be graded yet, e.g.
 * "abc" in a number box) are distinct from a wrong answer and never count as one.
 */
export const GradeSchema = v.variant('kind', [
	v.object({ kind: v.literal('unanswered') }),
	v.object({ kind: v.literal('invalid'), message: v.string() }),
	v.object({
		kind: v.literal('scored'),
		/** 0–1; partial credit for multiple-choice, ordering and matching. */
		score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
		correct: v.boolean(),
		feedback: FeedbackSchema
	})
]);

export type Feedback = v.InferOutput<typeof FeedbackSchema>;
export type Grade = v.InferOutput<typeof GradeSchema>;
