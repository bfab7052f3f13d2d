import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../record/preview-import';
import { previewLines, readableErrors } from './import-messages';

const preview = (overrides: Partial<ImportPreview>): ImportPreview => ({
	newAttempts: 0,
	modules: [],
	updatedQuestions: 0,
	conflicts: [],
	unchanged: false,
	...overrides
});

describe('previewLines', () => {
	it('names the modules of the attempts to add by title', () => {
		const lines = previewLines(preview({ newAttempts: 2, modules: ['k', 'gone'] }), {
			k: 'Kazakhstan'
		});
		expect(lines[0]).toBe('2 attempts to add, from: Kazakhstan, gone.');
	});

	it('says that this device keeps its own version of a conflicting attempt', () => {
		const lines = previewLines(
			preview({ newAttempts: 1, modules: ['k'], conflicts: [{ id: 'a', moduleSlug: 'k' }] }),
			{}
		);
		expect(lines).toContain('1 attempt also here but different: the one on this device is kept.');
	});

	it('says when importing would change nothing', () => {
		expect(previewLines(preview({ unchanged: true }), {})).toEqual([
			'Everything in this backup is already here: importing it would change nothing.'
		]);
	});
});

describe('readableErrors', () => {
	it('drops the "(top level)" label but keeps field paths', () => {
		expect(readableErrors(['(top level): is empty', 'attempts[0].score: too big'])).toEqual([
			'is empty',
			'attempts[0].score: too big'
		]);
	});
});
