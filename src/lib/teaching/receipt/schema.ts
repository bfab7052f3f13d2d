import { wholeNumber } from '../../core/format';
import * as v from 'valibot';
import { ASSIGNMENT_ID_PATTERN } from '../sharing';
import { ResponseSchema } from '../../quiz/question';
import { EpochMsSchema } from '../../core/validation';

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
/** More submissions than any student makes; an unlimited assignment still stops somewhere. */
const MAX_ATTEMPT = 10_000;
/** A year: no one spends longer on one question, and the gradebook sums these without overflow. */
const MAX_QUESTION_MS = 366 * 24 * 60 * 60 * 1000;

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
			attempt: v.pipe(
				v.number(),
				v.safeInteger('must be a whole number'),
				v.minValue(1),
				v.maxValue(MAX_ATTEMPT, `must be at most ${wholeNumber(MAX_ATTEMPT)}`)
			),
			startedAt: EpochMsSchema,
			finishedAt: EpochMsSchema,
			responses: perQuestion(ResponseSchema),
			/** 0–1 per question, as graded on the student's device. */
			scores: perQuestion(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
			/** Milliseconds spent on each question. */
			timesMs: perQuestion(
				v.pipe(
					v.number(),
					v.finite(),
					v.minValue(0),
					v.maxValue(MAX_QUESTION_MS, 'must be at most a year in milliseconds')
				)
			)
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
