import { describe, expect, it } from 'vitest';
import { insertBlocks } from './insert-blocks';

describe('insertBlocks', () => {
	it('fills an empty box with the paragraphs as they are', () => {
		expect(insertBlocks('', 0, 0, 'One.\n\nTwo.')).toEqual({ text: 'One.\n\nTwo.', caret: 10 });
	});

	it('puts a blank line between the text before and the pasted paragraphs', () => {
		expect(insertBlocks('First.', 6, 6, 'Second.')).toEqual({
			text: 'First.\n\nSecond.',
			caret: 15
		});
		expect(insertBlocks('First.\n', 7, 7, 'Second.').text).toBe('First.\n\nSecond.');
		expect(insertBlocks('First.\n\n', 8, 8, 'Second.').text).toBe('First.\n\nSecond.');
	});

	it('puts a blank line between the pasted paragraphs and the text after, caret before it', () => {
		const placed = insertBlocks('Last.', 0, 0, 'First.');
		expect(placed).toEqual({ text: 'First.\n\nLast.', caret: 6 });
	});

	it('replaces the selected text', () => {
		expect(insertBlocks('Keep. Replace me. Keep too.', 6, 18, 'New.').text).toBe(
			'Keep.\n\nNew.\n\nKeep too.'
		);
	});
});
