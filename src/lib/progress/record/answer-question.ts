import type { Grade } from '../../quiz/question';
import { toAttemptGrade, type AttemptGrade } from './attempt-grade';
import type { QuestionState } from './question-state';
import { nextCard, ratingFor, type ReviewRating } from './schedule';
import { toIso } from './time';

/** The state of a question after one more answer, in a quiz or a review. */
export function answerQuestion(
	previous: QuestionState | undefined,
	grade: Grade | AttemptGrade,
	now: Date,
	rating: ReviewRating = ratingFor(grade)
): QuestionState {
	const correct = grade.kind === 'scored' && grade.correct;
	const card = nextCard(previous?.card, rating, now);
	return {
		lastGrade: toAttemptGrade(grade),
		seen: (previous?.seen ?? 0) + 1,
		correct: (previous?.correct ?? 0) + (correct ? 1 : 0),
		updatedAt: toIso(now),
		...(card ? { card } : {})
	};
}
