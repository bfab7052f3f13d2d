import type { OrderingQuestion, Grade, ResponseOf } from '../question';

import { CORRECT, UNANSWERED, invalidGrade, scoredGrade } from './scored-grade';

const NOT_A_PERMUTATION = 'Place every item exactly once.';

/** True when `order` uses each of 0..count-1 exactly once. */
function isPermutation(order: readonly number[], count: number): boolean {
	if (order.length !== count) return false;
	const seen = new Set<number>();
	for (const index of order) {
		if (!Number.isInteger(index) || index < 0 || index >= count || seen.has(index)) return false;
		seen.add(index);
	}
	return true;
}

/**
 * Partial credit is the share of item pairs the student put in the right relative order (Kendall
 * tau distance): with n items there are n(n−1)/2 pairs, so one item out of place costs little and a
 * reversed list scores 0. `order` lists item indexes in the order the student placed them, and the
 * items are stored in the correct order, so a pair of positions is right when its indexes increase.
 *
 * @example scoreOrdering(question, { type: 'ordering', order: [0, 2, 1] }) // score 2/3
 */
export function scoreOrdering(question: OrderingQuestion, response: ResponseOf<'ordering'>): Grade {
	const { order } = response;
	const count = question.items.length;
	// An order with nothing placed was never given; any submitted arrangement is graded.
	if (order.length === 0) return UNANSWERED;
	if (!isPermutation(order, count)) return invalidGrade(NOT_A_PERMUTATION);

	let rightPairs = 0;
	for (let i = 0; i < count; i++) {
		for (let j = i + 1; j < count; j++) if ((order[i] ?? 0) < (order[j] ?? 0)) rightPairs++;
	}
	const pairs = (count * (count - 1)) / 2;
	if (rightPairs === pairs) return scoredGrade(question, 1, CORRECT);
	const inPlace = order.filter((item, position) => item === position).length;
	return scoredGrade(
		question,
		rightPairs / pairs,
		`${inPlace} of ${count} in the right place; ${rightPairs} of ${pairs} pairs in the right order.`
	);
}
