import { describe, expect, it } from 'vitest';
import { formatDuration, missedQuestionIds } from './missed';

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

describe('formatDuration', () => {
	it.each([
		[0, '0 s'],
		[-5000, '0 s'],
		[45_400, '45 s'],
		[245_000, '4 min 05 s'],
		[3_725_000, '1 h 02 min'],
		[NaN, '—'],
		[Infinity, '—']
	])('writes %d ms as %s', (ms, text) => {
		expect(formatDuration(ms)).toBe(text);
	});
});
