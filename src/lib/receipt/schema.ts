import * as v from 'valibot';
import { ASSIGNMENT_ID_PATTERN } from '../assignment/assignment';
import { ResponseSchema } from '../question/response';

/**
 * What a student sends back after finishing an assignment. The teacher's gradebook re-grades
 * `responses` against its own copy of the assignment; `scores` is what the student's device showed,
 * kept for comparison only and never trusted.
 */

export const RECEIPT_VERSION = 1;
/** More entries than any assignment has questions; bounds what a hostile file can make us store. */
const MAX_QUESTIONS = 500;

const questionId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be a question id (lowercase letters, digits and -)')
);
const perQuestion = <T extends v.GenericSchema>(value: T) =>
	v.pipe(v.record(questionId, value), v.maxEntries(MAX_QUESTIONS, 'has too many questions'));
/** Milliseconds since 1970-01-01 UTC. */
const timestamp = v.pipe(
	v.number('must be a time in milliseconds'),
	v.safeInteger('must be a whole number of milliseconds'),
	v.minValue(0, 'must not be before 1970')
);

export const ReceiptSchema = v.pipe(
	v.object(
		{
			version: v.literal(RECEIPT_VERSION, `must be ${RECEIPT_VERSION}`),
			assignmentId: v.pipe(
				v.string(),
				v.regex(ASSIGNMENT_ID_PATTERN, 'must be 4–64 lowercase letters, digits and -')
			),
			studentName: v.pipe(
				v.string('must be text'),
				v.trim(),
				v.nonEmpty('must not be empty'),
				v.maxLength(80, 'must be at most 80 characters')
			),
			/** 1 for the first submission of this assignment by this student. */
			attempt: v.pipe(v.number(), v.safeInteger('must be a whole number'), v.minValue(1)),
			startedAt: timestamp,
			finishedAt: timestamp,
			responses: perQuestion(ResponseSchema),
			/** 0–1 per question, as graded on the student's device. */
			scores: perQuestion(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
			/** Milliseconds spent on each question. */
			timesMs: perQuestion(v.pipe(v.number(), v.finite(), v.minValue(0)))
		},
		'must be a receipt'
	),
	v.forward(
		v.partialCheck(
			[['startedAt'], ['finishedAt']],
			(r) => r.finishedAt >= r.startedAt,
			'must not be before startedAt'
		),
		['finishedAt']
	)
);

export type Receipt = v.InferOutput<typeof ReceiptSchema>;
