import { describe, expect, it } from 'vitest';
import { missedQuestionIds } from './missed';

describe('missedQuestionIds', () => {
	it('keeps wrong, partly right, invalid and unanswered questions in order', () => {
		expect(
			missedQuestionIds(['right', 'wrong', 'partly', 'invalid', 'none', 'missing'], {
				right: { kind: 'scored', score: 1, correct: true },
				wrong: { kind: 'scored', score: 0, correct: false },
				partly: { kind: 'scored', score: 0.5, correct: false },
				invalid: { kind: 'invalid' },
				none: { kind: 'unanswered' }
			})
		).toEqual(['wrong', 'partly', 'invalid', 'none', 'missing']);
	});
});
