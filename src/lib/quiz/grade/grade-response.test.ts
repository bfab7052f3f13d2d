import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../question/schema';
import { emptyResponse } from './empty-response';
import { gradeResponse } from './grade-response';
import { scorers } from './registry';
import * as make from '../question/test-factories';

const oneOfEach = make.oneOfEachType();

describe('gradeResponse', () => {
	it('has a scorer for every question type', () => {
		expect(Object.keys(scorers).sort()).toEqual([...QUESTION_TYPES].sort());
	});

	it('dispatches to the scorer of the question’s type', () => {
		const result = gradeResponse(make.cloze(), { type: 'cloze', text: 'Rusia' });

		expect(result).toMatchObject({
			kind: 'scored',
			correct: true,
			feedback: { message: "Correct — we read 'Rusia' as 'Russia'." }
		});
	});

	it('refuses a response meant for another type of question', () => {
		const result = gradeResponse(make.numeric(), { type: 'short-answer', text: '3' });

		expect(result).toEqual({
			kind: 'invalid',
			message: 'This answer is for a short-answer question, not a numeric question.'
		});
	});

	it.each(oneOfEach.filter((q) => q.type !== 'ordering').map((q) => [q.type, q] as const))(
		'grades the empty %s response as unanswered',
		(_, question) => {
			expect(gradeResponse(question, emptyResponse(question))).toEqual({ kind: 'unanswered' });
		}
	);

	it('scores the starting order of an ordering question, since it counts once submitted', () => {
		const question = make.ordering();

		expect(gradeResponse(question, emptyResponse(question, [2, 1, 0]))).toMatchObject({
			kind: 'scored',
			score: 0
		});
	});
});
