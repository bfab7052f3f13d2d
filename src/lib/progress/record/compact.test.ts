import { describe, expect, it } from 'vitest';
import { compactOldest } from './compact';
import { recordAttempt } from './record-attempt';
import { emptyState } from './state';
import { DAY, T0, at, makeAttempt } from './testing/factories';

const threeAttempts = () =>
	[0, 1, 2].reduce(
		(state, day) =>
			recordAttempt(state, makeAttempt({ id: `a${day}`, finishedAt: at(day * DAY) }), T0),
		emptyState()
	);

describe('compactOldest', () => {
	it('summarises the oldest attempts first', () => {
		const { state, compacted } = compactOldest(threeAttempts(), 1);

		expect(compacted).toBe(1);
		expect(state.summaries.map((s) => s.id)).toEqual(['a0']);
		expect(state.attempts.map((a) => a.id)).toEqual(['a1', 'a2']);
	});

	it('never compacts the newest attempt', () => {
		const { state, compacted } = compactOldest(threeAttempts(), 10);

		expect(compacted).toBe(2);
		expect(state.attempts.map((a) => a.id)).toEqual(['a2']);
		expect(compactOldest(state, 10).compacted).toBe(0);
	});

	it('keeps earlier summaries when compacting more', () => {
		const once = compactOldest(threeAttempts(), 1).state;

		const twice = compactOldest(once, 1).state;

		expect(twice.summaries.map((s) => s.id)).toEqual(['a0', 'a1']);
	});
});
