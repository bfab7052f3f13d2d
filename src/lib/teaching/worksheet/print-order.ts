import type { MatchingQuestion, OrderingQuestion } from '../../quiz/question';
import { shuffledIndexes } from '../../core/random';

/**
 * Paper shows lists in the order every student sees on screen, so a class can move between the
 * two. These seeds must stay those of the quiz: `QuizSession.displayOrder` for ordering items and
 * `MatchingAnswer.svelte` for the matching choices (both the same for every student).
 * Choice options keep the question's own order on paper, even where an assigned module shuffles them
 * per student: one printed sheet serves the whole class, and the key's letters must fit every copy.
 */

/** Indexes into `question.items`, in printed order; never the right order for 2 items or more. */
export function orderingPrintOrder(question: Pick<OrderingQuestion, 'id' | 'items'>): number[] {
	return shuffledIndexes(question.items.length, question.id);
}

/** Indexes into `question.pairs` for the lettered right-hand column. */
export function matchingPrintOrder(question: Pick<MatchingQuestion, 'id' | 'pairs'>): number[] {
	return shuffledIndexes(question.pairs.length, `${question.id}-right`);
}
