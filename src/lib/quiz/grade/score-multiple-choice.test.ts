import { describe, expect, it } from 'vitest';
import { scoreMultipleChoice } from './score-multiple-choice';
import { multipleChoice } from '../question/test-factories';

// Options: 0 Russia, 1 China, 2 India, 3 Kazakhstan; correct: 0, 2, 3.
const question = multipleChoice({
	explanation: 'Three countries are named.',
	optionFeedback: [null, 'China buys the gas.', null, null]
});
const grade = (selected: number[]) =>
	scoreMultipleChoice(question, { type: 'multiple-choice', selected });

describe('scoreMultipleChoice', () => {
	it.each([
		[[0, 2, 3], 1, 'correct'],
		[[3, 0, 2], 1, 'correct'],
		[[0, 2], 2 / 3, 'partly-correct'],
		[[0], 1 / 3, 'partly-correct'],
		[[0, 2, 3, 1], 2 / 3, 'partly-correct'],
		[[0, 1], 0, 'incorrect'],
		[[1], 0, 'incorrect'],
		[[0, 1, 2, 3], 2 / 3, 'partly-correct'],
		[[0, 0, 0], 1 / 3, 'partly-correct']
	])('scores %j as %d (%s)', (selected, score, verdict) => {
		const result = grade(selected);

		expect(result).toMatchObject({ kind: 'scored', feedback: { verdict } });
		expect(result.kind === 'scored' && result.score).toBeCloseTo(score);
	});

	it.each([
		[[0, 2], 'You picked 2 of the 3 right options.'],
		[[0, 1], 'You picked 1 of the 3 right options, and 1 wrong one.'],
		[[1], 'You picked 0 of the 3 right options, and 1 wrong one.']
	])('says how many right and wrong options %j picks', (selected, message) => {
		expect(grade(selected)).toMatchObject({ feedback: { message } });
	});

	it('explains a wrong pick with that option’s feedback', () => {
		expect(grade([0, 1])).toMatchObject({ feedback: { explanation: 'China buys the gas.' } });
	});

	it('is correct only for exactly the right set', () => {
		expect(grade([0, 2, 3])).toMatchObject({ correct: true });
		expect(grade([0, 1, 2, 3])).toMatchObject({ correct: false });
	});

	it('leaves nothing selected unanswered', () => {
		expect(grade([])).toEqual({ kind: 'unanswered' });
	});

	it.each([[[0, 4]], [[-1]], [[0.5]], [[NaN]]])(
		'refuses %j, naming options that do not exist',
		(selected) => {
			expect(grade(selected)).toMatchObject({ kind: 'invalid' });
		}
	);
});
