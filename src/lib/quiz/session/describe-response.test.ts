import { describe, expect, it } from 'vitest';
import * as make from '../question/test-factories';
import { describeResponse } from './describe-response';
import type { Question } from '../question/schema';
import type { Response } from '../question/response';

describe('describeResponse', () => {
	it.each([
		['a chosen option', make.singleChoice(), { type: 'single-choice', selected: 1 }, 'China'],
		[
			'no option chosen',
			make.singleChoice(),
			{ type: 'single-choice', selected: null },
			'(no answer)'
		],
		[
			'an out-of-range option',
			make.singleChoice(),
			{ type: 'single-choice', selected: 9 },
			'(no answer)'
		],
		[
			'several options',
			make.multipleChoice(),
			{ type: 'multiple-choice', selected: [0, 2] },
			'Russia, India'
		],
		['true', make.trueFalse(), { type: 'true-false', selected: true }, 'True'],
		[
			'typed text, trimmed',
			make.shortAnswer(),
			{ type: 'short-answer', text: '  Rusia ' },
			'Rusia'
		],
		['only spaces', make.numeric(), { type: 'numeric', text: '   ' }, '(no answer)'],
		['a mismatched response', make.numeric(), { type: 'short-answer', text: '3' }, '(no answer)']
	] satisfies [string, Question, Response, string][])(
		'writes out %s',
		(_case, question, response, expected) => {
			expect(describeResponse(question, response)).toBe(expected);
		}
	);

	it('numbers an ordering', () => {
		const question = make.ordering({ items: ['First', 'Second', 'Third'] });
		expect(describeResponse(question, { type: 'ordering', order: [1, 0, 2] })).toBe(
			'1. Second; 2. First; 3. Third'
		);
	});

	it('lists matches with a dash for an unset one', () => {
		const question = make.matching({
			pairs: [
				{ left: 'Tokayev', right: 'President of Kazakhstan' },
				{ left: 'Putin', right: 'President of Russia' }
			]
		});
		expect(describeResponse(question, { type: 'matching', matches: [1, null] })).toBe(
			'Tokayev → President of Russia; Putin → —'
		);
		expect(describeResponse(question, { type: 'matching', matches: [null, null] })).toBe(
			'(no answer)'
		);
	});
});
