import { describe, expect, it } from 'vitest';
import { scoreMatching } from './score-matching';
import { matching } from '../question/test-factories';

const grade = (matches: (number | null)[]) =>
	scoreMatching(matching(), { type: 'matching', matches });

describe('scoreMatching', () => {
	it.each([
		[[0, 1, 2], 1, 'correct'],
		[[0, 1, null], 2 / 3, 'partly-correct'],
		[[0, 2, 1], 1 / 3, 'partly-correct'],
		[[0, 0, 0], 1 / 3, 'partly-correct'],
		[[1, 2, 0], 0, 'incorrect'],
		[[null, 2, null], 0, 'incorrect']
	])('scores %j as %d (%s)', (matches, score, verdict) => {
		const result = grade(matches);

		expect(result).toMatchObject({ kind: 'scored', feedback: { verdict } });
		expect(result.kind === 'scored' && result.score).toBeCloseTo(score);
	});

	it('says how many were matched right', () => {
		expect(grade([0, 1, null])).toMatchObject({
			feedback: { message: '2 of 3 matched correctly.' }
		});
	});

	it.each([[[null, null, null]], [[]]])('leaves %j unanswered', (matches) => {
		expect(grade(matches)).toEqual({ kind: 'unanswered' });
	});

	it.each([[[0, 1]], [[0, 1, 2, null]], [[0, 1, 3]], [[0, 1, -1]], [[0, 1, 1.5]]])(
		'refuses %j, which does not fit the pairs',
		(matches) => {
			expect(grade(matches)).toMatchObject({ kind: 'invalid' });
		}
	);
});
