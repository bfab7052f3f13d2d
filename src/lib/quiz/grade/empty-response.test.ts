import { describe, expect, it } from 'vitest';
import { emptyResponse } from './empty-response';
import * as make from '../question/test-factories';

describe('emptyResponse', () => {
	it.each([
		[make.singleChoice(), { type: 'single-choice', selected: null }],
		[make.multipleChoice(), { type: 'multiple-choice', selected: [] }],
		[make.trueFalse(), { type: 'true-false', selected: null }],
		[make.numeric(), { type: 'numeric', text: '' }],
		[make.shortAnswer(), { type: 'short-answer', text: '' }],
		[make.cloze(), { type: 'cloze', text: '' }],
		[make.ordering(), { type: 'ordering', order: [0, 1, 2] }],
		[make.matching(), { type: 'matching', matches: [null, null, null] }]
	])('starts a $type question blank', (question, expected) => {
		expect(emptyResponse(question)).toEqual(expected);
	});

	it('starts an ordering in the order the quiz displays', () => {
		expect(emptyResponse(make.ordering(), [2, 0, 1])).toEqual({
			type: 'ordering',
			order: [2, 0, 1]
		});
	});

	it('copies the display order, so changing the response leaves the caller’s array alone', () => {
		const displayOrder = [2, 0, 1];

		const response = emptyResponse(make.ordering(), displayOrder);
		if (response.type === 'ordering') response.order.reverse();

		expect(displayOrder).toEqual([2, 0, 1]);
	});
});
