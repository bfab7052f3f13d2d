import type { Assignment } from '../../teaching/sharing';
import type { Question } from '../question';
import { shuffledIndexes } from '../../core/random';

/**
 * The order a student sees: shuffled per student when the teacher asked for it, and the same on
 * every reload for that student (the seed is their name and the module), so a draft stays valid.
 *
 * @example sittingQuestions(assignment, 'Ana Lopez').map((q) => q.id)
 */
export function sittingQuestions(assignment: Assignment, seed: string): Question[] {
	const { questions, settings } = assignment;
	if (!settings.shuffleQuestions || questions.length < 2) return [...questions];
	return shuffledIndexes(questions.length, `${assignment.id}:${seed}`).map(
		(index) => questions[index] as Question
	);
}

/** Display orders of choice options by question id; empty when options are not shuffled. */
export function optionOrders(assignment: Assignment, seed: string): Record<string, number[]> {
	if (!assignment.settings.shuffleOptions) return {};
	const orders: Record<string, number[]> = {};
	for (const question of assignment.questions) {
		if (question.type === 'single-choice' || question.type === 'multiple-choice') {
			orders[question.id] = shuffledIndexes(question.options.length, `${question.id}:${seed}`);
		}
	}
	return orders;
}
