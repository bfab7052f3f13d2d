import * as v from 'valibot';
import { ResponseSchema, type Response, SKILLS, type Skill } from '../../quiz/question';

import { AttemptSchema, type Attempt } from './attempt';
import type { AttemptGrade } from './attempt-grade';
import { uniqueBy } from '../../core/validation';
import { own } from './own';
import { QuestionStateSchema, type QuestionState } from './question-state';
import type { ProgressState } from './state';

/**
 * How a grade is written in storage: the score (full marks is "correct": every scorer gives 1
 * exactly when right), "u" for unanswered, "i" for an answer that could not be graded.
 */
const GradeCodeSchema = v.union([
	v.literal('u'),
	v.literal('i'),
	v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1))
]);
type GradeCode = v.InferOutput<typeof GradeCodeSchema>;

const questionId = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const skill = v.picklist(SKILLS);

/** One question of a stored attempt: `[id, skill, grade, response]`, the response left off when none. */
const StoredQuestionSchema = v.union(
	[
		v.strictTuple([questionId, skill, GradeCodeSchema, ResponseSchema]),
		v.strictTuple([questionId, skill, GradeCodeSchema])
	],
	'must be [question id, skill, grade] or [question id, skill, grade, response]'
);
type StoredQuestion = v.InferOutput<typeof StoredQuestionSchema>;

const StoredAttemptShape = v.object({
	...v.omit(AttemptSchema.pipe[0], ['questionIds', 'responses', 'grades', 'skills']).entries,
	/** The results page keys its rows by question id. */
	questions: v.pipe(
		v.array(StoredQuestionSchema),
		uniqueBy(
			([id]) => id,
			([id]) => `lists question ${JSON.stringify(id)} twice`
		)
	)
});

/**
 * An attempt as stored since version 3: one tuple per question instead of four records keyed by
 * question id, and no feedback text. Checked as stored, then read into the `Attempt` the app uses
 * (which every tuple's skill and unique id make valid without a second check).
 */
export const StoredAttemptSchema = v.pipe(StoredAttemptShape, v.transform(toAttempt));

/** A question state as stored since version 3: its last grade as a grade code. */
export const StoredQuestionStateSchema = v.pipe(
	v.object({ ...v.omit(QuestionStateSchema, ['lastGrade']).entries, lastGrade: GradeCodeSchema }),
	v.transform(({ lastGrade, ...rest }) => ({ ...rest, lastGrade: gradeOf(lastGrade) })),
	QuestionStateSchema
);

/**
 * The JSON value stored under the progress key (and inside backup files) for `state`.
 *
 * @example JSON.stringify(encodeProgress(state)) // '{"version":3,"attempts":[{"id":"…","questions":[["q-1a2b3c4d","detail",1,{…}]],…}],…}'
 */
export function encodeProgress(state: ProgressState) {
	return {
		version: state.version,
		attempts: state.attempts.map(encodeAttempt),
		questionStates: Object.fromEntries(
			Object.entries(state.questionStates).map(([key, value]) => [key, encodeQuestionState(value)])
		),
		summaries: state.summaries
	};
}

export type StoredProgress = ReturnType<typeof encodeProgress>;

/**
 * Progress this app wrote itself, read without checking it again (see the store's fingerprint):
 * checking 1,000 attempts took 150 ms, reading them this way takes the time of `JSON.parse`.
 */
export function decodeOwnProgress(stored: StoredProgress): ProgressState {
	return {
		version: stored.version,
		attempts: stored.attempts.map((attempt) => toAttempt(attempt)),
		questionStates: Object.fromEntries(
			Object.entries(stored.questionStates).map(([key, { lastGrade, ...rest }]) => [
				key,
				{ ...rest, lastGrade: gradeOf(lastGrade) }
			])
		),
		summaries: stored.summaries
	};
}

export function encodeAttempt(attempt: Attempt) {
	const { questionIds, responses, grades, skills, ...rest } = attempt;
	return {
		...rest,
		questions: questionIds.map((id): StoredQuestion => {
			const response = own(responses, id);
			const code = codeOf(own(grades, id));
			// A skill is required for every question id (AttemptSchema checks it).
			const questionSkill = own(skills, id) as Skill;
			return response ? [id, questionSkill, code, response] : [id, questionSkill, code];
		})
	};
}

export function encodeQuestionState(state: QuestionState) {
	return { ...state, lastGrade: codeOf(state.lastGrade) };
}

function toAttempt({ questions, ...rest }: v.InferOutput<typeof StoredAttemptShape>): Attempt {
	const responses: Record<string, Response> = {};
	const grades: Record<string, AttemptGrade> = {};
	const skills: Record<string, Skill> = {};
	for (const [id, questionSkill, code, response] of questions) {
		skills[id] = questionSkill;
		grades[id] = gradeOf(code);
		if (response) responses[id] = response;
	}
	return { ...rest, questionIds: questions.map(([id]) => id), responses, grades, skills };
}

function codeOf(grade: AttemptGrade | undefined): GradeCode {
	if (!grade || grade.kind === 'unanswered') return 'u';
	return grade.kind === 'invalid' ? 'i' : grade.score;
}

function gradeOf(code: GradeCode): AttemptGrade {
	if (code === 'u') return { kind: 'unanswered' };
	if (code === 'i') return { kind: 'invalid' };
	return { kind: 'scored', score: code, correct: code === 1 };
}
