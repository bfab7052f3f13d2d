import * as v from 'valibot';
import { GradeSchema, ResponseSchema, SKILLS } from '../../../quiz/question';

import {
	describeIssues,
	describeIssuesOf,
	nonEmptyText,
	parsedOk,
	type Parsed,
	IsoTimeSchema
} from '../../../core/validation';

import { toAttemptGrade } from '../attempt-grade';
import { StoredCardSchema } from '../card';
import { encodeAttempt, encodeQuestionState } from '../stored-progress';
import type { Migrated } from './index';

const nonEmpty = nonEmptyText();
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * Version 2 as stored from 2025 to 2026-11 (frozen here: do not change it to follow the current
 * schema): four records per attempt keyed by question id, and each grade with its feedback text.
 */
const V2AttemptSchema = v.object({
	id: nonEmpty,
	moduleSlug: nonEmpty,
	kind: v.picklist(['quiz', 'review']),
	questionIds: v.array(nonEmpty),
	responses: v.record(v.string(), ResponseSchema),
	grades: v.record(v.string(), GradeSchema),
	skills: v.record(v.string(), v.picklist(SKILLS)),
	startedAt: IsoTimeSchema,
	finishedAt: IsoTimeSchema,
	score: share,
	retry: v.optional(v.object({ of: nonEmpty, scoreAfter: share }))
});

const V2QuestionStateSchema = v.object({
	lastGrade: GradeSchema,
	seen: count,
	correct: count,
	updatedAt: IsoTimeSchema,
	card: v.optional(StoredCardSchema)
});

const V2Schema = v.object({
	version: v.literal(2),
	attempts: v.array(v.unknown()),
	questionStates: v.record(v.string(), v.unknown()),
	summaries: v.array(v.unknown())
});

/**
 * v2 → v3: each attempt's questions become `[id, skill, grade, response]` tuples and grades lose
 * their feedback text (rebuilt from the question when shown), so an attempt of 20 questions takes
 * about a quarter of the room. Summaries are unchanged. An attempt or question state that fails the
 * v2 schema is left out and listed, as a damaged entry of the current version would be.
 */
export function migrateV2ToV3(data: unknown): Parsed<Migrated> {
	const v2 = v.safeParse(V2Schema, data, { abortPipeEarly: true });
	if (!v2.success) return { ok: false, errors: describeIssues(v2.issues) };
	const skipped: string[] = [];
	const attempts: unknown[] = [];
	v2.output.attempts.forEach((entry, index) => {
		const attempt = v.safeParse(V2AttemptSchema, entry, { abortPipeEarly: true });
		if (!attempt.success) {
			skipped.push(describeIssuesOf(`attempts[${index}]`, attempt.issues).join('; '));
			return;
		}
		const { grades, skills, ...rest } = attempt.output;
		// A question without a skill cannot be tallied; the current schema refuses such an attempt.
		if (!rest.questionIds.every((id) => Object.hasOwn(skills, id))) {
			skipped.push(`attempts[${index}]: every question needs a skill`);
			return;
		}
		const kept = Object.entries(grades).map(([id, grade]) => [id, toAttemptGrade(grade)]);
		attempts.push(encodeAttempt({ ...rest, skills, grades: Object.fromEntries(kept) }));
	});
	const questionStates: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(v2.output.questionStates)) {
		const state = v.safeParse(V2QuestionStateSchema, entry, { abortPipeEarly: true });
		if (!state.success) {
			skipped.push(describeIssuesOf(`questionStates.${key}`, state.issues).join('; '));
			continue;
		}
		const lastGrade = toAttemptGrade(state.output.lastGrade);
		questionStates[key] = encodeQuestionState({ ...state.output, lastGrade });
	}
	return parsedOk({
		value: { version: 3, attempts, questionStates, summaries: v2.output.summaries },
		skipped
	});
}
