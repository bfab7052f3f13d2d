import type { Grade, Response } from '../../../quiz/question/response';
import type { Skill } from '../../../quiz/question/schema';
import type { Attempt, AttemptKind } from '../attempt';
import { toAttemptGrade } from '../attempt-grade';
import { scoreOf } from '../credit';
import type { ProgressState } from '../state';
import { encodeProgress } from '../stored-progress';
import { toIso } from '../time';

/** Small builders for progress tests and the benchmark. */

export const T0 = new Date('2025-03-01T09:00:00.000Z');
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
export const at = (offsetMs: number): Date => new Date(T0.getTime() + offsetMs);

const feedback = (verdict: 'correct' | 'partly-correct' | 'incorrect') => ({
	verdict,
	message: verdict === 'correct' ? 'Correct.' : 'Not quite.',
	correctAnswer: 'Russia'
});

export const right = (): Grade => ({
	kind: 'scored',
	score: 1,
	correct: true,
	feedback: feedback('correct')
});
export const partly = (score = 0.5): Grade => ({
	kind: 'scored',
	score,
	correct: false,
	feedback: feedback('partly-correct')
});
export const wrong = (): Grade => ({
	kind: 'scored',
	score: 0,
	correct: false,
	feedback: feedback('incorrect')
});

interface AttemptOptions {
	id: string;
	moduleSlug?: string;
	kind?: AttemptKind;
	finishedAt?: Date;
	/** Minutes the attempt took. */
	minutes?: number;
	/** Grades by question id; the question ids are these keys. Defaults to two right answers. */
	grades?: Record<string, Grade>;
	/** Skill of every question unless named in `skillOf`. */
	skill?: Skill;
	skillOf?: Record<string, Skill>;
}

export function makeAttempt(options: AttemptOptions): Attempt {
	const grades = options.grades ?? { q1: right(), q2: right() };
	const questionIds = Object.keys(grades);
	const finishedAt = options.finishedAt ?? T0;
	const startedAt = new Date(finishedAt.getTime() - (options.minutes ?? 5) * MINUTE);
	const response: Response = { type: 'short-answer', text: 'Russia' };
	return {
		id: options.id,
		moduleSlug: options.moduleSlug ?? 'kazakhstan-2022',
		kind: options.kind ?? 'quiz',
		questionIds,
		responses: Object.fromEntries(questionIds.map((id) => [id, response])),
		grades: Object.fromEntries(questionIds.map((id) => [id, toAttemptGrade(grades[id]!)])),
		skills: Object.fromEntries(
			questionIds.map((id) => [id, options.skillOf?.[id] ?? options.skill ?? 'detail'])
		),
		startedAt: toIso(startedAt),
		finishedAt: toIso(finishedAt),
		score: scoreOf(questionIds, grades)
	};
}

/** Progress as the store writes it: the text under the progress key. */
export const storedText = (state: ProgressState): string => JSON.stringify(encodeProgress(state));

/** Progress as stored, as plain JSON to change or damage in a test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into any field
export const storedJson = (state: ProgressState): any => JSON.parse(storedText(state));
