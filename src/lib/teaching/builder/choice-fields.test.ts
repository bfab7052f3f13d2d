import { describe, expect, it } from 'vitest';
import {
	withCorrect,
	withOptionAdded,
	withOptionRemoved,
	withOptionText,
	type ChoiceFields
} from './choice-fields';

const fields = (over: Partial<ChoiceFields> = {}): ChoiceFields => ({
	options: ['Russia', 'China', 'India'],
	correct: [0],
	...over
});

describe('withOptionAdded', () => {
	it('adds an empty option at the end', () => {
		expect(withOptionAdded(fields()).options).toEqual(['Russia', 'China', 'India', '']);
	});

	it('gives the new option no feedback, keeping feedback the same length as the options', () => {
		const added = withOptionAdded(fields({ optionFeedback: [null, 'Not China', null] }));
		expect(added.optionFeedback).toEqual([null, 'Not China', null, null]);
	});

	it('adds no feedback list to a question that had none', () => {
		expect(withOptionAdded(fields())).not.toHaveProperty('optionFeedback');
	});
});

describe('withOptionRemoved', () => {
	it('keeps the correct mark on the same option when an earlier one is removed', () => {
		const removed = withOptionRemoved(fields({ correct: [2] }), 0);
		expect(removed).toEqual({ options: ['China', 'India'], correct: [1] });
	});

	it('leaves no option correct when the correct one is removed', () => {
		expect(withOptionRemoved(fields({ correct: [1] }), 1).correct).toEqual([]);
	});

	it('removes the feedback of the removed option', () => {
		const removed = withOptionRemoved(fields({ optionFeedback: ['a', 'b', 'c'] }), 1);
		expect(removed.optionFeedback).toEqual(['a', 'c']);
	});
});

describe('withOptionText', () => {
	it('changes only the text of the option at the index', () => {
		expect(withOptionText(fields(), 1, 'Japan').options).toEqual(['Russia', 'Japan', 'India']);
	});
});

describe('withCorrect', () => {
	it('moves the single correct option to the one chosen', () => {
		expect(withCorrect(fields({ correct: [0] }), 2, true, true).correct).toEqual([2]);
	});

	it('adds to the correct options of a multiple-choice question, in option order', () => {
		expect(withCorrect(fields({ correct: [2] }), 0, true, false).correct).toEqual([0, 2]);
	});

	it('unticks one correct option and keeps the rest', () => {
		expect(withCorrect(fields({ correct: [0, 2] }), 0, false, false).correct).toEqual([2]);
	});

	it('does not list an option twice when it is ticked again', () => {
		expect(withCorrect(fields({ correct: [0] }), 0, true, false).correct).toEqual([0]);
	});
});
