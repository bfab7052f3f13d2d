import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { printableItem } from './printable-item';

describe('printableItem', () => {
	it('prints a single-choice question as lettered boxes in its own order, tick one', () => {
		const item = printableItem(make.singleChoice({ options: ['Russia', 'China', 'India'] }), 4);
		expect(item).toMatchObject({ kind: 'tick', number: 4, type: 'single-choice' });
		expect(item.kind === 'tick' && item.options).toEqual([
			{ letter: 'A', text: 'Russia' },
			{ letter: 'B', text: 'China' },
			{ letter: 'C', text: 'India' }
		]);
		expect(item.instruction).toBe('Tick one box.');
	});

	it('prints a multiple-choice question as boxes with "every box that applies"', () => {
		const item = printableItem(make.multipleChoice(), 1);
		expect(item.kind === 'tick' && item.options.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D']);
		expect(item.instruction).toMatch(/every box/);
	});

	it('prints true/false as two boxes, True then False', () => {
		const item = printableItem(make.trueFalse({ prompt: 'Gas prices fell.' }), 2);
		expect(item).toMatchObject({ kind: 'tick', prompt: 'Gas prices fell.' });
		expect(item.kind === 'tick' && item.options.map((o) => o.text)).toEqual(['True', 'False']);
	});

	it('gives a numeric question one line, with its unit beside it', () => {
		expect(printableItem(make.numeric({ unit: 'soldiers' }), 1)).toMatchObject({
			kind: 'write',
			lines: 1,
			unit: 'soldiers'
		});
		expect(printableItem(make.numeric({ unit: undefined }), 1)).not.toHaveProperty('unit');
	});

	it('gives a short-answer question lines to write on and no unit', () => {
		const item = printableItem(make.shortAnswer(), 1);
		expect(item).toMatchObject({ kind: 'write', type: 'short-answer' });
		expect(item.kind === 'write' && item.lines).toBeGreaterThan(1);
		expect(item).not.toHaveProperty('unit');
	});

	it('splits a cloze sentence around its blank, keeping the spaces and punctuation', () => {
		const item = printableItem(make.cloze({ prompt: 'The pipeline runs from _____ to China.' }), 1);
		expect(item).toMatchObject({
			kind: 'blank',
			before: 'The pipeline runs from ',
			after: ' to China.'
		});
	});

	it('handles a cloze blank at the very start or end of the sentence', () => {
		expect(printableItem(make.cloze({ prompt: '_____ is the capital.' }), 1)).toMatchObject({
			before: '',
			after: ' is the capital.'
		});
		expect(printableItem(make.cloze({ prompt: 'The capital is _____' }), 1)).toMatchObject({
			before: 'The capital is ',
			after: ''
		});
	});

	it('prints ordering items lettered, in the quiz order and not in the right order', () => {
		const question = make.ordering({ id: 'ordering', items: ['First', 'Second', 'Third'] });
		const item = printableItem(question, 1);
		expect(item.kind === 'order' && item.items).toEqual([
			{ letter: 'A', text: 'Second' },
			{ letter: 'B', text: 'Third' },
			{ letter: 'C', text: 'First' }
		]);
		expect(item.instruction).toContain('1 to 3');
	});

	it('prints matching as numbered left items and lettered, shuffled right items', () => {
		const item = printableItem(make.matching({ id: 'matching' }), 1);
		expect(item.kind === 'match' && item.left).toEqual([
			{ number: 1, text: 'Russia' },
			{ number: 2, text: 'China' },
			{ number: 3, text: 'India' }
		]);
		expect(item.kind === 'match' && item.right).toEqual([
			{ letter: 'A', text: 'Beijing' },
			{ letter: 'B', text: 'New Delhi' },
			{ letter: 'C', text: 'Moscow' }
		]);
	});
});
