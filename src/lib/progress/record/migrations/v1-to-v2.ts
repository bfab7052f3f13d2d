import * as v from 'valibot';
import { GradeSchema, ResponseSchema, type Grade, SKILLS } from '../../../quiz/question';

import {
	describeIssues,
	describeIssuesOf,
	parsedOk,
	type Parsed,
	EpochMsSchema
} from '../../../core/validation';

import type { Migrated } from './index';

/**
 * Version 1, as the first release stored it (frozen here: do not change it to follow the current
 * schema). Attempts named their module `moduleId`, times were epoch milliseconds, every attempt was
 * a quiz, and there was no spaced review, so no question states and no summaries.
 * Times are bounded as v2 bounds them: v1 never wrote one outside, and `toISOString` throws on some.
 */
const V1AttemptSchema = v.object({
	id: v.pipe(v.string(), v.nonEmpty()),
	moduleId: v.pipe(v.string(), v.nonEmpty()),
	questionIds: v.array(v.pipe(v.string(), v.nonEmpty())),
	responses: v.record(v.string(), ResponseSchema),
	grades: v.record(v.string(), GradeSchema),
	skills: v.record(v.string(), v.picklist(SKILLS)),
	startedAt: EpochMsSchema,
	finishedAt: EpochMsSchema,
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(1))
});

/** Attempts are checked one by one, so one damaged attempt is left out rather than all of them. */
const V1Schema = v.object({
	version: v.literal(1),
	attempts: v.array(v.unknown())
});

/**
 * v1 → v2: `moduleId` becomes `moduleSlug`, epoch milliseconds become ISO text, every attempt is a
 * `quiz`, `summaries` starts empty, and question states are rebuilt from the attempts (seen,
 * correct, last grade). A question whose latest v1 answer was not right gets a new review card due
 * at once, so old mistakes enter spaced review; right answers get none, as in v2.
 */
export function migrateV1ToV2(data: unknown): Parsed<Migrated> {
	const v1 = v.safeParse(V1Schema, data, { abortPipeEarly: true });
	if (!v1.success) return { ok: false, errors: describeIssues(v1.issues) };
	const skipped: string[] = [];
	const kept: v.InferOutput<typeof V1AttemptSchema>[] = [];
	v1.output.attempts.forEach((entry, index) => {
		const attempt = v.safeParse(V1AttemptSchema, entry, { abortPipeEarly: true });
		if (attempt.success) kept.push(attempt.output);
		else skipped.push(...describeIssuesOf(`attempts[${index}]`, attempt.issues));
	});
	const attempts = kept
		.sort((a, b) => a.finishedAt - b.finishedAt)
		.map(({ moduleId, startedAt, finishedAt, ...rest }) => ({
			...rest,
			moduleSlug: moduleId,
			kind: 'quiz',
			startedAt: new Date(startedAt).toISOString(),
			finishedAt: new Date(finishedAt).toISOString()
		}));
	const questionStates: Record<string, QuestionStateV2> = {};
	for (const attempt of attempts) {
		for (const questionId of attempt.questionIds) {
			const key = `${attempt.moduleSlug}/${questionId}`;
			const grade: Grade = Object.hasOwn(attempt.grades, questionId)
				? (attempt.grades[questionId] ?? { kind: 'unanswered' })
				: { kind: 'unanswered' };
			const right = grade.kind === 'scored' && grade.correct;
			const previous = Object.hasOwn(questionStates, key) ? questionStates[key] : undefined;
			questionStates[key] = {
				lastGrade: grade,
				seen: (previous?.seen ?? 0) + 1,
				correct: (previous?.correct ?? 0) + (right ? 1 : 0),
				updatedAt: attempt.finishedAt,
				...(right ? {} : { card: newCardV2(attempt.finishedAt) })
			};
		}
	}
	return parsedOk({ value: { version: 2, attempts, questionStates, summaries: [] }, skipped });
}

interface QuestionStateV2 {
	lastGrade: Grade;
	seen: number;
	correct: number;
	updatedAt: string;
	card?: ReturnType<typeof newCardV2>;
}

/** ts-fsrs's `createEmptyCard(due)` in the v2 stored shape, written out so this migration stays fixed. */
function newCardV2(due: string) {
	return {
		due,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		state: 0
	};
}
