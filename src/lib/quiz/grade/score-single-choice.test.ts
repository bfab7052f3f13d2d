import { describe, expect, it } from 'vitest';
import { scoreSingleChoice } from './score-single-choice';
import { singleChoice } from '../question/test-factories';

const withFeedback = singleChoice({
	explanation: 'The pipeline starts in Russia.',
	optionFeedback: [null, 'China is where the gas goes.', null]
});
const grade = (selected: number | null, question = withFeedback) =>
	scoreSingleChoice(question, { type: 'single-choice', selected });

describe('scoreSingleChoice', () => {
	it('gives 1 for the correct option, explained by the question', () => {
		expect(grade(0)).toEqual({
			kind: 'scored',
			score: 1,
			correct: true,
			feedback: {
				verdict: 'correct',
				message: 'Correct.',
				correctAnswer: 'Russia',
				explanation: 'The pipeline starts in Russia.'
			}
		});
	});

	it('explains a wrong pick with that option’s feedback', () => {
		expect(grade(1)).toMatchObject({
			score: 0,
			correct: false,
			feedback: { verdict: 'incorrect', explanation: 'China is where the gas goes.' }
		});
	});

	it('falls back to the question’s explanation when the wrong option has none', () => {
		expect(grade(2)).toMatchObject({
			feedback: { explanation: 'The pipeline starts in Russia.' }
		});
	});

	it('omits the explanation when there is none', () => {
		const result = grade(1, singleChoice());

		expect(result.kind === 'scored' && 'explanation' in result.feedback).toBe(false);
	});

	it('leaves nothing selected unanswered', () => {
		expect(grade(null)).toEqual({ kind: 'unanswered' });
	});

	it.each([3, -1, 0.5, NaN, Infinity])('refuses option %d, which does not exist', (selected) => {
		expect(grade(selected)).toMatchObject({ kind: 'invalid' });
	});
});
