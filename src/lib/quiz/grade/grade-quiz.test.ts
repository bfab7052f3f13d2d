import { describe, expect, it } from 'vitest';
import { gradeQuiz } from './grade-quiz';
import * as make from '../question/test-factories';

const questions = [
	make.trueFalse({ id: 'tf' }),
	make.multipleChoice({ id: 'mc' }),
	make.numeric({ id: 'num' }),
	make.cloze({ id: 'cloze' }),
	make.shortAnswer({ id: 'short' })
];

describe('gradeQuiz', () => {
	it('adds up scores and counts unanswered and invalid answers separately', () => {
		const result = gradeQuiz(questions, {
			tf: { type: 'true-false', selected: true },
			mc: { type: 'multiple-choice', selected: [0, 2] },
			num: { type: 'numeric', text: 'lots' },
			cloze: { type: 'cloze', text: '   ' }
		});

		expect(result).toMatchObject({
			total: 5,
			answered: 2,
			unanswered: 2,
			invalid: 1,
			percent: 33
		});
		expect(result.earned).toBeCloseTo(5 / 3);
		expect(result.perQuestion.short).toEqual({ kind: 'unanswered' });
		expect(result.perQuestion.num).toMatchObject({ kind: 'invalid' });
	});

	it('gives 100 percent when every answer is right', () => {
		const result = gradeQuiz([make.trueFalse({ id: 'tf' })], {
			tf: { type: 'true-false', selected: true }
		});

		expect(result).toMatchObject({ total: 1, earned: 1, percent: 100, answered: 1 });
	});

	it('gives 0 percent for an empty quiz', () => {
		expect(gradeQuiz([], {})).toEqual({
			total: 0,
			earned: 0,
			percent: 0,
			answered: 0,
			unanswered: 0,
			invalid: 0,
			perQuestion: {}
		});
	});

	it('does not mistake a prototype property for a response', () => {
		const result = gradeQuiz([make.trueFalse({ id: 'constructor' })], {});

		expect(result.perQuestion.constructor).toEqual({ kind: 'unanswered' });
	});
});
