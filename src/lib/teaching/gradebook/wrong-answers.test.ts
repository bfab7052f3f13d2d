import { describe, expect, it } from 'vitest';
import { gradeResponse } from '../../quiz/grade';
import * as make from '../../quiz/question/test-factories';
import type { Response } from '../../quiz/question/response';
import type { Question } from '../../quiz/question/schema';
import { wrongAnswers } from './wrong-answers';

const wrongOf = (question: Question, response: Response) =>
	wrongAnswers(question, response, gradeResponse(question, response));

describe('wrongAnswers', () => {
	it('gives the text of a wrong option picked', () => {
		expect(wrongOf(make.singleChoice(), { type: 'single-choice', selected: 1 })).toEqual([
			{ key: 'option 1', label: 'China' }
		]);
	});

	it('gives each wrong option of a partly right multiple-answer response, once', () => {
		const question = make.multipleChoice();

		expect(wrongOf(question, { type: 'multiple-choice', selected: [0, 1, 1] })).toEqual([
			{ key: 'option 1', label: 'China' }
		]);
		expect(wrongOf(question, { type: 'multiple-choice', selected: [0, 2] })).toEqual([]);
	});

	it('counts typed answers by their normalised text and shows them as typed', () => {
		const [answer] = wrongOf(make.shortAnswer(), { type: 'short-answer', text: '  The  Kremlin!' });

		expect(answer).toEqual({ key: 'kremlin', label: 'The Kremlin!' });
	});

	it('describes a wrong matching in words', () => {
		const [answer] = wrongOf(make.matching(), { type: 'matching', matches: [1, 0, 2] });

		expect(answer?.label).toBe('Russia → Beijing; China → Moscow; India → New Delhi');
	});

	it('gives nothing for a right, unanswered or ungradable answer', () => {
		expect(wrongOf(make.trueFalse(), { type: 'true-false', selected: true })).toEqual([]);
		expect(wrongOf(make.trueFalse(), { type: 'true-false', selected: null })).toEqual([]);
		expect(wrongOf(make.numeric(), { type: 'numeric', text: 'lots' })).toEqual([]);
	});
});
