import { describe, expect, it } from 'vitest';
import { recordAttempt } from './record-attempt';
import { emptyState } from './state';
import { DAY, T0, at, makeAttempt, right, wrong } from './testing/factories';

describe('recordAttempt', () => {
	it('counts each question as seen and right, keyed by module and question', () => {
		const attempt = makeAttempt({ id: 'a1', grades: { q1: right(), q2: wrong() } });

		const state = recordAttempt(emptyState(), attempt, T0);

		expect(state.attempts).toEqual([attempt]);
		expect(state.questionStates['kazakhstan-2022/q1']).toMatchObject({ seen: 1, correct: 1 });
		expect(state.questionStates['kazakhstan-2022/q2']).toMatchObject({ seen: 1, correct: 0 });
	});

	it('gives a review card only to the question answered wrong', () => {
		const state = recordAttempt(
			emptyState(),
			makeAttempt({ id: 'a1', grades: { q1: right(), q2: wrong() } }),
			T0
		);

		expect(state.questionStates['kazakhstan-2022/q1']?.card).toBeUndefined();
		expect(state.questionStates['kazakhstan-2022/q2']?.card?.due).toBe(at(DAY).toISOString());
	});

	it('ignores an attempt id it already has, so a double submit counts once', () => {
		const attempt = makeAttempt({ id: 'a1' });
		const once = recordAttempt(emptyState(), attempt, T0);

		const twice = recordAttempt(once, attempt, at(1000));

		expect(twice).toBe(once);
	});

	it('keeps attempts oldest first whatever order they are recorded in', () => {
		let state = recordAttempt(
			emptyState(),
			makeAttempt({ id: 'late', finishedAt: at(DAY) }),
			at(DAY)
		);
		state = recordAttempt(state, makeAttempt({ id: 'early', finishedAt: T0 }), at(DAY));

		expect(state.attempts.map((a) => a.id)).toEqual(['early', 'late']);
	});

	it('counts a question missing from the grades as unanswered and schedules it', () => {
		const attempt = {
			...makeAttempt({ id: 'a1', grades: { q1: right() } }),
			questionIds: ['q1', 'q9']
		};

		const state = recordAttempt(
			emptyState(),
			{ ...attempt, skills: { q1: 'detail', q9: 'detail' } },
			T0
		);

		expect(state.questionStates['kazakhstan-2022/q9']?.lastGrade).toEqual({ kind: 'unanswered' });
		expect(state.questionStates['kazakhstan-2022/q9']?.card).toBeDefined();
	});

	it('does not mutate the state it was given', () => {
		const before = emptyState();

		recordAttempt(before, makeAttempt({ id: 'a1', grades: { q1: wrong() } }), T0);

		expect(before).toEqual(emptyState());
	});
});
