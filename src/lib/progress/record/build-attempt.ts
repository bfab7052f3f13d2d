import type { Grade, Response, Question } from '../../quiz/question';

import type { Attempt, AttemptKind, Retry } from './attempt';
import { toAttemptGrade, type AttemptGrade } from './attempt-grade';
import { scoreOf } from './credit';
import { own } from './own';
import { toIso } from './time';

const UNANSWERED: AttemptGrade = { kind: 'unanswered' };

interface AttemptInput {
	id: string;
	moduleSlug: string;
	kind: AttemptKind;
	questions: readonly Pick<Question, 'id' | 'skill'>[];
	responses: Readonly<Record<string, Response>>;
	grades: Readonly<Record<string, Grade>>;
	startedAt: Date;
	finishedAt: Date;
	/** A retry of a quiz's missed questions (see `retryOf`). */
	retry?: Retry;
}

/**
 * Builds the stored attempt from a finished quiz, deriving question ids, skills and score so they
 * cannot disagree with the grades.
 *
 * @example buildAttempt({ id: 'a1', moduleSlug: 'kazakhstan-2022', kind: 'quiz', questions,
 *   responses, grades, startedAt, finishedAt: now })
 */
export function buildAttempt(input: AttemptInput): Attempt {
	const questionIds = input.questions.map((q) => q.id);
	return {
		id: input.id,
		moduleSlug: input.moduleSlug,
		kind: input.kind,
		questionIds,
		responses: { ...input.responses },
		// Every question gets a grade, so an attempt reads back from storage exactly as it was built.
		grades: Object.fromEntries(
			questionIds.map((id) => [id, toAttemptGrade(own(input.grades, id) ?? UNANSWERED)])
		),
		skills: Object.fromEntries(input.questions.map((q) => [q.id, q.skill])),
		startedAt: toIso(input.startedAt),
		finishedAt: toIso(input.finishedAt),
		score: scoreOf(questionIds, input.grades),
		...(input.retry ? { retry: input.retry } : {})
	};
}
