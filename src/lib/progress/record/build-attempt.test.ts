import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AttemptSchema } from './attempt';
import { buildAttempt } from './build-attempt';
import { MINUTE, T0, at, partly, right } from './testing/factories';

describe('buildAttempt', () => {
	const questions = [
		{ id: 'capital', skill: 'geography' as const },
		{ id: 'fuel-price', skill: 'number' as const },
		{ id: 'cause', skill: 'cause-effect' as const }
	];

	it('derives question ids, skills and a score where unanswered questions earn 0', () => {
		const attempt = buildAttempt({
			id: 'a1',
			moduleSlug: 'kazakhstan-2022',
			kind: 'quiz',
			questions,
			responses: { capital: { type: 'short-answer', text: 'Astana' } },
			grades: { capital: right(), 'fuel-price': partly(0.5) },
			startedAt: T0,
			finishedAt: at(6 * MINUTE)
		});

		expect(attempt.questionIds).toEqual(['capital', 'fuel-price', 'cause']);
		expect(attempt.skills).toEqual({
			capital: 'geography',
			'fuel-price': 'number',
			cause: 'cause-effect'
		});
		expect(attempt.score).toBeCloseTo(0.5);
		expect(attempt.finishedAt).toBe('2025-03-01T09:06:00.000Z');
		expect(v.is(AttemptSchema, attempt)).toBe(true);
	});

	it('scores an attempt with no questions as 0 rather than NaN', () => {
		const attempt = buildAttempt({
			id: 'a1',
			moduleSlug: 'm',
			kind: 'review',
			questions: [],
			responses: {},
			grades: {},
			startedAt: T0,
			finishedAt: T0
		});

		expect(attempt.score).toBe(0);
	});
});
