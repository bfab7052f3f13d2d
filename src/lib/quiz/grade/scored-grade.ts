import type { Question, Feedback, Grade } from '../question';

/**
 * Builds a scored grade with its feedback. The verdict follows from the score, so "correct" always
 * means full marks: every scorer gives 1 exactly when the answer is entirely right.
 * `explanation` defaults to the question's own explanation.
 */
export function scoredGrade(
	question: Question,
	score: number,
	message: string,
	explanation: string | null | undefined = question.explanation
): Grade {
	// A non-finite score would be a scorer bug; grading it 0 keeps the Grade valid for the page.
	const clamped = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
	const verdict: Feedback['verdict'] =
		clamped === 1 ? 'correct' : clamped > 0 ? 'partly-correct' : 'incorrect';
	const feedback: Feedback = { verdict, message, correctAnswer: question.answerText };
	if (explanation) feedback.explanation = explanation;
	return { kind: 'scored', score: clamped, correct: clamped === 1, feedback };
}

export const invalidGrade = (message: string): Grade => ({ kind: 'invalid', message });

export const UNANSWERED: Grade = { kind: 'unanswered' };

export const CORRECT = 'Correct.';
export const NOT_QUITE = 'Not quite.';

/** Echoes what the student typed inside a message, trimmed and cut short so the message stays short. */
export function quote(text: string, maxLength = 40): string {
	const trimmed = text.trim().replace(/\s+/g, ' ');
	const chars = Array.from(trimmed);
	return chars.length <= maxLength ? trimmed : `${chars.slice(0, maxLength - 1).join('')}…`;
}
