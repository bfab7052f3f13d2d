import type { Question } from '../../src/lib/quiz/question/schema';

/**
 * What counts as a question's answer when measuring recall: its `answerText` (for ordering and
 * matching the whole order or every pair, joined), the correct options of a choice question, and
 * the accepted variants of a typed answer. Wrong options and prompts never count.
 */
export function answersOf(question: Question): string[] {
	switch (question.type) {
		case 'single-choice':
			return [question.answerText, question.options[question.correctIndex] ?? ''];
		case 'multiple-choice':
			return [
				question.answerText,
				...question.correctIndexes.map((i) => question.options[i] ?? '')
			];
		case 'short-answer':
		case 'cloze':
			return [question.answerText, ...question.accepted];
		default:
			return [question.answerText];
	}
}
