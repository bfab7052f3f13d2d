import { describe, expect, it } from 'vitest';
import { compactOldest } from './compact';
import { moduleStats } from './module-stats';
import { recordAttempt } from './record-attempt';
import { emptyState, type ProgressState } from './state';
import { DAY, T0, at, makeAttempt, right, wrong } from './testing/factories';
import type { Attempt } from './attempt';

function stateOf(...attempts: Attempt[]): ProgressState {
	return attempts.reduce((state, attempt) => recordAttempt(state, attempt, T0), emptyState());
}

const geographyAndNumbers = (id: string, finishedAt: Date, numbersRight: boolean) =>
	makeAttempt({
		id,
		finishedAt,
		minutes: 10,
		grades: { g1: right(), g2: right(), n1: numbersRight ? right() : wrong(), n2: wrong() },
		skillOf: { g1: 'geography', g2: 'geography', n1: 'number', n2: 'number' }
	});

describe('moduleStats', () => {
	it('reports best and last score, attempt count and time spent', () => {
		const state = stateOf(
			geographyAndNumbers('a1', T0, true),
			geographyAndNumbers('a2', at(DAY), false)
		);

		const stats = moduleStats(state, 'kazakhstan-2022');

		expect(stats).toMatchObject({
			attemptCount: 2,
			bestScore: 0.75,
			lastScore: 0.5,
			timeSpentMs: 20 * 60_000
		});
		expect(stats.scores.map((s) => s.score)).toEqual([0.75, 0.5]);
	});

	it('names strong and weak skills only after enough questions', () => {
		const one = moduleStats(stateOf(geographyAndNumbers('a1', T0, false)), 'kazakhstan-2022');
		const two = moduleStats(
			stateOf(geographyAndNumbers('a1', T0, false), geographyAndNumbers('a2', at(DAY), false)),
			'kazakhstan-2022'
		);

		expect(one.strengths).toEqual([]);
		expect(two.strengths).toEqual(['geography']);
		expect(two.weaknesses).toEqual(['number']);
	});

	it('gives the same figures after old attempts are compacted into summaries', () => {
		const state = stateOf(
			geographyAndNumbers('a1', T0, true),
			geographyAndNumbers('a2', at(DAY), false),
			geographyAndNumbers('a3', at(2 * DAY), true)
		);

		const compacted = compactOldest(state, 2).state;

		expect(compacted.attempts).toHaveLength(1);
		expect(moduleStats(compacted, 'kazakhstan-2022')).toEqual(
			moduleStats(state, 'kazakhstan-2022')
		);
	});

	it('keeps review attempts out of best and last score but in the chart', () => {
		const state = stateOf(
			geographyAndNumbers('a1', T0, false),
			makeAttempt({ id: 'r1', kind: 'review', finishedAt: at(DAY), grades: { n2: right() } })
		);

		const stats = moduleStats(state, 'kazakhstan-2022');

		expect(stats).toMatchObject({
			attemptCount: 1,
			reviewCount: 1,
			bestScore: 0.5,
			lastScore: 0.5
		});
		expect(stats.scores.map((s) => s.kind)).toEqual(['quiz', 'review']);
	});

	it('has no scores for a module never attempted', () => {
		const stats = moduleStats(stateOf(geographyAndNumbers('a1', T0, true)), 'chile-water');

		expect(stats).toMatchObject({
			attemptCount: 0,
			bestScore: null,
			lastScore: null,
			timeSpentMs: 0,
			skills: []
		});
	});
});
