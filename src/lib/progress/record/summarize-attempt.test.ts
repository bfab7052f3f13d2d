import { describe, expect, it } from 'vitest';
import { summarizeAttempt } from './summarize-attempt';
import { makeAttempt, partly, right, wrong } from './testing/factories';

describe('summarizeAttempt', () => {
	it('tallies partial credit per skill, every question out of 1', () => {
		const attempt = makeAttempt({
			id: 'a1',
			grades: { q1: right(), q2: partly(0.5), q3: wrong() },
			skillOf: { q1: 'detail', q2: 'detail', q3: 'number' }
		});

		const summary = summarizeAttempt(attempt);

		expect(summary.skills).toEqual({
			detail: { earned: 1.5, total: 2 },
			number: { earned: 0, total: 1 }
		});
		expect(summary.questionCount).toBe(3);
		expect(summary.score).toBeCloseTo(0.5);
	});

	it('counts a question without a grade as unanswered, earning nothing', () => {
		const attempt = { ...makeAttempt({ id: 'a1' }), grades: {} };

		expect(summarizeAttempt(attempt).skills.detail).toEqual({ earned: 0, total: 2 });
	});
});
