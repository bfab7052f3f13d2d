import { describe, expect, it } from 'vitest';
import { questionId } from './hash';

describe('questionId', () => {
	it.each([
		['', 'q-811c9dc5'],
		['a', 'q-e40c292c'],
		['foobar', 'q-bf9cf968']
	])('derives %j → %s (FNV-1a known vectors)', (content, id) => {
		expect(questionId(content)).toBe(id);
	});

	it('always has eight hex digits', () => {
		for (const content of ['x', 'What did the report say?', '¿Qué?']) {
			expect(questionId(content)).toMatch(/^q-[0-9a-f]{8}$/);
		}
	});
});
