import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../quiz/question/schema';
import { questionTypeName } from './question-type-names';

describe('questionTypeName', () => {
	it('gives every question type its own readable name', () => {
		const names = QUESTION_TYPES.map(questionTypeName);
		expect(new Set(names).size).toBe(QUESTION_TYPES.length);
		expect(names.every((name) => /^[A-Z][a-z ]+$/.test(name))).toBe(true);
	});
});
