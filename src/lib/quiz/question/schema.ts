import { wholeNumber } from '../../core/format';
import * as v from 'valibot';
import { nonEmptyText, uniqueBy } from '../../core/validation';

/**
 * The question model shared by the generator, the grader, the quiz pages, progress and import/export.
 * Every question carries its evidence: sentences copied verbatim from the article, and the ids of
 * those sentences in the segmented article (see `article/segment.ts`) so pages can link to them.
 */

export const QUESTION_TYPES = [
	'single-choice',
	'multiple-choice',
	'true-false',
	'numeric',
	'short-answer',
	'cloze',
	'ordering',
	'matching'
] as const;

export const SKILLS = [
	'detail',
	'number',
	'cause-effect',
	'sequence',
	'geography',
	'vocabulary',
	'main-idea'
] as const;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

/** Marks the gap in a cloze prompt. A cloze prompt contains it exactly once. */
export const CLOZE_BLANK = '_____';

const nonEmpty = nonEmptyText({ trim: true });

/** No question comes near 1,000 options, items or pairs: an index past that is damage. */
const MAX_ENTRIES = 1000;

/** A position in one of a question's lists (options, items, pairs): answers and responses use these. */
export const EntryIndexSchema = v.pipe(
	v.number(),
	v.integer(),
	v.minValue(0),
	v.maxValue(MAX_ENTRIES - 1, 'must point into a list of at most 1,000 entries')
);

/**
 * Largest numeric answer or tolerance either side of 0: beyond any figure an article gives (world
 * population, a national budget), and well inside the range where doubles count whole numbers.
 * JSON such as `1e999` reads as Infinity, which JSON writes back as null: refused here by `finite`.
 */
const MAX_MAGNITUDE = 1e15;
const MAX_MAGNITUDE_TEXT = wholeNumber(MAX_MAGNITUDE);
const ANSWER_RANGE = `must be between -${MAX_MAGNITUDE_TEXT} and ${MAX_MAGNITUDE_TEXT}`;

/** Text compared as a student sees it: "Russia" and " russia" are the same row. */
const sameText = (text: string): string => text.trim().toLowerCase();
/** Quotes a repeated text in a message exactly as `describeIssues` quotes a value. */
const quoted = (text: string): string => JSON.stringify(text);

const baseEntries = {
	/** Stable across runs for the same article text, so progress can refer to it. */
	id: v.pipe(nonEmpty, v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and -')),
	prompt: nonEmpty,
	/** The correct answer written out as plain text (ordering/matching: joined by "; "). */
	answerText: nonEmpty,
	/** Verbatim sentences of the article that support the answer; pages key them by their text. */
	evidence: v.pipe(
		v.array(nonEmpty),
		uniqueBy(
			(text) => text,
			(text) => `quotes the same sentence twice: ${quoted(text)}`
		)
	),
	/** Ids of the evidence sentences in the segmented article, e.g. "p4s2". May be empty for authored questions. */
	sentenceIds: v.optional(
		v.pipe(
			v.array(v.string()),
			uniqueBy(
				(id) => id,
				(id) => `names sentence ${quoted(id)} twice`
			)
		),
		[]
	),
	skill: v.picklist(SKILLS),
	difficulty: v.optional(v.picklist(DIFFICULTIES), 'medium'),
	origin: v.optional(v.picklist(['generated', 'authored']), 'generated'),
	/** Why the answer is right, shown with the feedback. */
	explanation: v.optional(v.string())
};

const optionList = v.pipe(
	v.array(nonEmpty),
	v.minLength(2, 'needs at least two options'),
	v.check(
		(options) => new Set(options.map((o) => o.toLowerCase())).size === options.length,
		'options must be distinct'
	)
);

/** Per-option explanation shown when a student picks a wrong option; same length as `options`. */
const optionFeedback = v.optional(v.array(v.nullable(v.string())));

export const SingleChoiceQuestionSchema = v.pipe(
	v.object({
		...baseEntries,
		type: v.literal('single-choice'),
		options: optionList,
		correctIndex: EntryIndexSchema,
		optionFeedback
	}),
	v.check((q) => q.correctIndex < q.options.length, 'correctIndex must point at an option')
);

export const MultipleChoiceQuestionSchema = v.pipe(
	v.object({
		...baseEntries,
		type: v.literal('multiple-choice'),
		options: optionList,
		correctIndexes: v.pipe(
			v.array(EntryIndexSchema),
			v.minLength(1),
			uniqueBy(
				(index) => index,
				() => 'lists the same option twice'
			)
		),
		optionFeedback
	}),
	v.check(
		(q) => q.correctIndexes.every((i) => i < q.options.length),
		'correctIndexes must point at options'
	)
);

export const TrueFalseQuestionSchema = v.object({
	...baseEntries,
	type: v.literal('true-false'),
	/** Always ["True", "False"]; kept so every choice type has `options`. */
	options: v.optional(v.tuple([v.literal('True'), v.literal('False')]), ['True', 'False']),
	answer: v.boolean()
});

export const NumericQuestionSchema = v.object({
	...baseEntries,
	type: v.literal('numeric'),
	answer: v.pipe(
		v.number(),
		v.finite('must be a finite number'),
		v.minValue(-MAX_MAGNITUDE, ANSWER_RANGE),
		v.maxValue(MAX_MAGNITUDE, ANSWER_RANGE)
	),
	/** Shown beside the input, e.g. "%", "soldiers". Optional in the student's answer. */
	unit: v.optional(v.string()),
	/** Absolute tolerance: answers within answer ± tolerance are correct. */
	tolerance: v.optional(
		v.pipe(
			v.number(),
			v.finite('must be a finite number'),
			v.minValue(0),
			v.maxValue(MAX_MAGNITUDE, `must be at most ${MAX_MAGNITUDE_TEXT}`)
		),
		0
	)
});

/**
 * Other real answers from the article of the same kind (e.g. the other countries it names).
 * Typo tolerance never turns one of these into a correct answer: "China" stays wrong where "Russia" is right.
 */
const rejected = v.optional(v.array(nonEmpty), []);

export const ShortAnswerQuestionSchema = v.object({
	...baseEntries,
	type: v.literal('short-answer'),
	/** Accepted answers; the first is the canonical one. Aliases such as "LPG" belong here. */
	accepted: v.pipe(v.array(nonEmpty), v.minLength(1)),
	rejected
});

export const ClozeQuestionSchema = v.pipe(
	v.object({
		...baseEntries,
		type: v.literal('cloze'),
		accepted: v.pipe(v.array(nonEmpty), v.minLength(1)),
		rejected
	}),
	v.check(
		(q) => q.prompt.split(CLOZE_BLANK).length === 2,
		`prompt must contain "${CLOZE_BLANK}" once`
	)
);

export const OrderingQuestionSchema = v.object({
	...baseEntries,
	type: v.literal('ordering'),
	/** Items in the correct order; the quiz shows them shuffled, so no two may read the same. */
	items: v.pipe(
		v.array(nonEmpty),
		v.minLength(3),
		uniqueBy(
			(item) => item,
			(item) => `two items are the same: ${quoted(item)}`,
			sameText
		)
	)
});

export const MatchingQuestionSchema = v.object({
	...baseEntries,
	type: v.literal('matching'),
	/**
	 * Correct pairs; the quiz offers every `right` as a choice for each `left`. The quiz keys its rows
	 * by `left`, and a student could not tell two equal sides apart, so each side is unique.
	 */
	pairs: v.pipe(
		v.array(v.object({ left: nonEmpty, right: nonEmpty })),
		v.minLength(2),
		uniqueBy(
			(pair) => pair.left,
			(left) => `two pairs have the same left side ${quoted(left)}`,
			sameText
		),
		uniqueBy(
			(pair) => pair.right,
			(right) => `two pairs have the same right side ${quoted(right)}`,
			sameText
		)
	)
});

export const QuestionSchema = v.variant('type', [
	SingleChoiceQuestionSchema,
	MultipleChoiceQuestionSchema,
	TrueFalseQuestionSchema,
	NumericQuestionSchema,
	ShortAnswerQuestionSchema,
	ClozeQuestionSchema,
	OrderingQuestionSchema,
	MatchingQuestionSchema
]);

export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type Skill = (typeof SKILLS)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type SingleChoiceQuestion = v.InferOutput<typeof SingleChoiceQuestionSchema>;
export type MultipleChoiceQuestion = v.InferOutput<typeof MultipleChoiceQuestionSchema>;
export type TrueFalseQuestion = v.InferOutput<typeof TrueFalseQuestionSchema>;
export type NumericQuestion = v.InferOutput<typeof NumericQuestionSchema>;
export type ShortAnswerQuestion = v.InferOutput<typeof ShortAnswerQuestionSchema>;
export type ClozeQuestion = v.InferOutput<typeof ClozeQuestionSchema>;
export type OrderingQuestion = v.InferOutput<typeof OrderingQuestionSchema>;
export type MatchingQuestion = v.InferOutput<typeof MatchingQuestionSchema>;
