import { gradeResponse, scoredGrade } from '../grade';

import type { AttemptGrade } from '../../progress/record';
import type { Feedback, Grade, Response, Question } from '../question';

/**
 * The feedback of a scored answer, for the results page. A grade fresh from the grader carries it;
 * a grade read back from progress does not (progress keeps only the score), so it is rebuilt by
 * grading the stored response again. Should the question have been edited since so that grading
 * again disagrees with the kept score, the kept score wins and only the question's own explanation
 * is shown: a saved wrong answer never turns right, and no message contradicts its verdict.
 *
 * @example rebuildFeedback(question, { type: 'single-choice', selected: 2 }, { kind: 'scored', score: 0, correct: false })
 * // { verdict: 'incorrect', message: 'Not quite.', correctAnswer: 'Russia', explanation: '…' }
 */
export function rebuildFeedback(
	question: Question,
	response: Response | undefined,
	grade: Grade | AttemptGrade | undefined
): Feedback | undefined {
	if (grade?.kind !== 'scored') return undefined;
	if ('feedback' in grade) return grade.feedback;
	const kept = scoredGrade(question, grade.score, '');
	if (kept.kind !== 'scored') return undefined;
	const regraded = response ? gradeResponse(question, response) : undefined;
	const agrees = regraded?.kind === 'scored' && regraded.feedback.verdict === kept.feedback.verdict;
	return agrees ? regraded.feedback : kept.feedback;
}
