import { describe, expect, it } from 'vitest';
import { scoreTrueFalse } from './score-true-false';
import { trueFalse } from '../question/test-factories';

const question = trueFalse({ answer: false, answerText: 'False', explanation: 'It fell.' });
const grade = (selected: boolean | null) =>
	scoreTrueFalse(question, { type: 'true-false', selected });

describe('scoreTrueFalse', () => {
	it('gives 1 for the right answer', () => {
		expect(grade(false)).toMatchObject({ score: 1, correct: true });
	});

	it('gives 0 for the wrong answer, with the correct answer and explanation', () => {
		expect(grade(true)).toEqual({
			kind: 'scored',
			score: 0,
			correct: false,
			feedback: {
				verdict: 'incorrect',
				message: 'Not quite.',
				correctAnswer: 'False',
				explanation: 'It fell.'
			}
		});
	});

	it('leaves nothing selected unanswered', () => {
		expect(grade(null)).toEqual({ kind: 'unanswered' });
	});
});
