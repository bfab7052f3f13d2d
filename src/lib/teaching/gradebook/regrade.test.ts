import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { makeReceipt } from '../receipt/test-factories';
import { regrade } from './regrade';
import { makeAssignment } from './test-factories';

describe('regrade', () => {
	it('does not call a score rounded to two decimals on the device (2/3 as 0.67) a difference', () => {
		const receipt = makeReceipt({
			responses: { multiple: { type: 'multiple-choice', selected: [0, 2] } },
			scores: { multiple: 0.67 }
		});

		const result = regrade(makeAssignment([make.multipleChoice()]), receipt);

		expect(result.quiz.percent).toBe(67);
		expect(result.differing).toEqual([]);
	});

	it('reads a missing device score as 0, so a right answer without one differs', () => {
		const receipt = makeReceipt({
			responses: { tf: { type: 'true-false', selected: true } },
			scores: {}
		});

		expect(regrade(makeAssignment([make.trueFalse({ id: 'tf' })]), receipt).differing).toEqual([
			'tf'
		]);
	});

	it("keeps only the answers and times of the module's own questions", () => {
		const receipt = makeReceipt({
			responses: {
				tf: { type: 'true-false', selected: true },
				gone: { type: 'true-false', selected: true }
			},
			timesMs: { tf: 5_000, gone: 1_000 }
		});

		const result = regrade(makeAssignment([make.trueFalse({ id: 'tf' })]), receipt);

		expect(Object.keys(result.responses)).toEqual(['tf']);
		expect(result.timesMs).toEqual({ tf: 5_000 });
	});

	it('finds no answer for a question id that names an object property, such as "constructor"', () => {
		const receipt = makeReceipt({ responses: {}, scores: {}, timesMs: {} });

		const result = regrade(makeAssignment([make.trueFalse({ id: 'constructor' })]), receipt);

		expect(result.responses).toEqual({});
		expect(result.quiz.perQuestion.constructor).toEqual({ kind: 'unanswered' });
	});
});
