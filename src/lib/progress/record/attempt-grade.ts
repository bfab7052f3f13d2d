import * as v from 'valibot';
import type { Grade } from '../../quiz/question';

/**
 * The part of a grade that progress keeps: how much the answer earned. The feedback a student saw
 * is not kept — it is rebuilt from the question and the stored response when shown again
 * (`rebuildGrade` in quiz/rebuild-grade.ts) — because storing its text made an attempt 6,000
 * characters long and filled the browser's 5 MB at about 800 attempts.
 */
export const AttemptGradeSchema = v.variant('kind', [
	v.object({ kind: v.literal('unanswered') }),
	v.object({ kind: v.literal('invalid') }),
	v.object({
		kind: v.literal('scored'),
		/** 0–1; partial credit for multiple-choice, ordering and matching. */
		score: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1)),
		/** Full marks; kept beside the score because every scorer gives 1 exactly when right. */
		correct: v.boolean()
	})
]);

export type AttemptGrade = v.InferOutput<typeof AttemptGradeSchema>;

/**
 * What progress keeps of a grade.
 *
 * @example toAttemptGrade(gradeResponse(question, response)) // { kind: 'scored', score: 1, correct: true }
 */
export function toAttemptGrade(grade: Grade | AttemptGrade): AttemptGrade {
	if (grade.kind !== 'scored') return { kind: grade.kind };
	return { kind: 'scored', score: grade.score, correct: grade.correct };
}
