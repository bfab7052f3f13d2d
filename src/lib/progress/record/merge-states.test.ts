import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactOldest } from './compact';
import { mergeStates } from './merge-states';
import { recordAttempt } from './record-attempt';
import { recordReview } from './review';
import { emptyState, type ProgressState } from './state';
import { DAY, T0, at, makeAttempt, right, wrong } from './testing/factories';

const ids = (state: ProgressState) =>
	[...state.attempts, ...state.summaries].map((r) => r.id).sort();

/** A state built from a random subset of ten attempts, some of them compacted. */
const arbitraryState = fc
	.tuple(fc.subarray([...Array(10).keys()]), fc.nat(5))
	.map(([days, compact]) => {
		const state = days.reduce(
			(s, day) =>
				recordAttempt(
					s,
					makeAttempt({
						id: `a${day}`,
						finishedAt: at(day * DAY),
						grades: { q1: day % 2 ? right() : wrong() }
					}),
					at(day * DAY)
				),
			emptyState()
		);
		return compactOldest(state, compact).state;
	});

describe('mergeStates', () => {
	it('keeps the attempts of both sides', () => {
		const a = recordAttempt(emptyState(), makeAttempt({ id: 'a1' }), T0);
		const b = recordAttempt(emptyState(), makeAttempt({ id: 'b1', finishedAt: at(DAY) }), at(DAY));

		expect(ids(mergeStates(a, b))).toEqual(['a1', 'b1']);
	});

	it('never loses an attempt of either side and lists each id once', () => {
		fc.assert(
			fc.property(arbitraryState, arbitraryState, (a, b) => {
				const merged = mergeStates(a, b);
				expect(ids(merged)).toEqual([...new Set([...ids(a), ...ids(b)])].sort());
			})
		);
	});

	it('changes nothing when merging a state with itself', () => {
		fc.assert(
			fc.property(arbitraryState, (a) => {
				expect(mergeStates(a, a)).toEqual(a);
			})
		);
	});

	it('gives the same attempts whichever side is current', () => {
		fc.assert(
			fc.property(arbitraryState, arbitraryState, (a, b) => {
				expect(mergeStates(a, b).attempts).toEqual(mergeStates(b, a).attempts);
			})
		);
	});

	it('restores details that one side had compacted into a summary', () => {
		const full = [0, 1].reduce(
			(s, day) => recordAttempt(s, makeAttempt({ id: `a${day}`, finishedAt: at(day * DAY) }), T0),
			emptyState()
		);
		const compacted = compactOldest(full, 1).state;

		const merged = mergeStates(compacted, full);

		expect(merged.attempts.map((a) => a.id)).toEqual(['a0', 'a1']);
		expect(merged.summaries).toEqual([]);
	});

	it('keeps the current side of a conflicting attempt with the same id', () => {
		const mine = recordAttempt(emptyState(), makeAttempt({ id: 'x', grades: { q1: right() } }), T0);
		const theirs = recordAttempt(
			emptyState(),
			makeAttempt({ id: 'x', grades: { q1: wrong() } }),
			T0
		);

		expect(mergeStates(mine, theirs).attempts[0]?.score).toBe(1);
	});

	it('takes the question state answered most recently, with its card', () => {
		const base = recordAttempt(
			emptyState(),
			makeAttempt({ id: 'a1', grades: { q1: wrong() } }),
			T0
		);
		const reviewed = recordReview(base, 'kazakhstan-2022/q1', right(), at(DAY));

		const merged = mergeStates(base, reviewed);

		expect(merged.questionStates['kazakhstan-2022/q1']).toEqual(
			reviewed.questionStates['kazakhstan-2022/q1']
		);
	});
});
