import { describe, expect, it } from 'vitest';
import { matching, ordering } from '$lib/quiz/question/test-factories';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { QuizSession } from './quiz-session.svelte';
import { matchingPrintOrder, orderingPrintOrder } from '$lib/teaching/worksheet/print-order';

describe('print order', () => {
	it('prints ordering items in the order the quiz first shows them', () => {
		const question = ordering({ id: 'q-order', items: ['One', 'Two', 'Three', 'Four', 'Five'] });
		const quiz = new QuizSession({
			moduleSlug: 'print',
			questions: [question],
			storage: new MemoryStorage(),
			now: 0
		});
		expect(orderingPrintOrder(question)).toEqual(quiz.displayOrder(question));
	});

	it('never prints ordering items already in the right order', () => {
		for (const id of ['a', 'b', 'c', 'order-1', 'order-2']) {
			const order = orderingPrintOrder(ordering({ id }));
			expect(order).not.toEqual([0, 1, 2]);
		}
	});

	it('pins the matching choices to the seed the quiz uses', () => {
		// MatchingAnswer.svelte seeds with `${id}-right`; these are that shuffle's literal outputs.
		expect(matchingPrintOrder(matching({ id: 'matching' }))).toEqual([1, 2, 0]);
		expect(orderingPrintOrder(ordering({ id: 'ordering' }))).toEqual([1, 2, 0]);
	});
});
