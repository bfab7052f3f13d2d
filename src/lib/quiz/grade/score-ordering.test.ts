import { describe, expect, it } from 'vitest';
import { scoreOrdering } from './score-ordering';
import { ordering } from '../question/test-factories';

const four = ordering({ items: ['a', 'b', 'c', 'd'], answerText: 'a; b; c; d' });
const grade = (order: number[], question = four) =>
	scoreOrdering(question, { type: 'ordering', order });

describe('scoreOrdering', () => {
	it.each([
		[[0, 1, 2, 3], 1, 'correct'],
		[[1, 0, 2, 3], 5 / 6, 'partly-correct'],
		[[0, 1, 3, 2], 5 / 6, 'partly-correct'],
		[[3, 0, 1, 2], 3 / 6, 'partly-correct'],
		[[3, 2, 1, 0], 0, 'incorrect']
	])('scores %j by pairs in the right order: %d (%s)', (order, score, verdict) => {
		const result = grade(order);

		expect(result).toMatchObject({ kind: 'scored', feedback: { verdict } });
		expect(result.kind === 'scored' && result.score).toBeCloseTo(score);
	});

	it('says how many items are in place and how many pairs are in order', () => {
		expect(grade([1, 0, 2, 3])).toMatchObject({
			feedback: { message: '2 of 4 in the right place; 5 of 6 pairs in the right order.' }
		});
	});

	it('is correct only when fully in order', () => {
		expect(grade([0, 1, 2, 3])).toMatchObject({ correct: true, feedback: { message: 'Correct.' } });
		expect(grade([0, 1, 3, 2])).toMatchObject({ correct: false });
	});

	it.each([
		[[0, 1, 2]],
		[[0, 1, 2, 2]],
		[[0, 1, 2, 4]],
		[[0, 1, 2, -3]],
		[[0, 1, 2, 3, 3]],
		[[0, 1, 2, 2.5]]
	])('refuses %j, which is not a permutation of the items', (order) => {
		expect(grade(order)).toEqual({ kind: 'invalid', message: 'Place every item exactly once.' });
	});

	it('leaves an empty order unanswered', () => {
		expect(grade([])).toEqual({ kind: 'unanswered' });
	});
});
