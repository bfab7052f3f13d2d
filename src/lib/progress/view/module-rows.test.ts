import { describe, expect, it } from 'vitest';
import { moduleStats } from '../record/module-stats';
import { recordAttempt } from '../record/record-attempt';
import { emptyState, type ProgressState } from '../record/state';
import { at, makeAttempt, right, wrong } from '../record/testing/factories';
import { moduleRows, overallSkills } from './module-rows';

const modules = [
	{ slug: 'first', title: 'First article' },
	{ slug: 'second', title: 'Second article' }
];

function withAttempts(...attempts: ReturnType<typeof makeAttempt>[]): ProgressState {
	return attempts.reduce((state, attempt, i) => recordAttempt(state, attempt, at(i)), emptyState());
}

describe('moduleRows', () => {
	it('lists only practised modules, in the site order', () => {
		const state = withAttempts(makeAttempt({ id: 'a1', moduleSlug: 'second' }));
		const rows = moduleRows(state, modules);
		expect(rows.map((r) => [r.title, r.stats.attemptCount])).toEqual([['Second article', 1]]);
	});

	it('keeps a removed module with progress, by its slug and unlinked', () => {
		const state = withAttempts(
			makeAttempt({ id: 'a1', moduleSlug: 'gone' }),
			makeAttempt({ id: 'a2', moduleSlug: 'first', finishedAt: at(1) })
		);
		const rows = moduleRows(state, modules);
		expect(rows.map((r) => [r.slug, r.title, r.exists])).toEqual([
			['first', 'First article', true],
			['gone', 'gone', false]
		]);
	});
});

describe('overallSkills', () => {
	it('adds up a skill across modules before judging it', () => {
		const state = withAttempts(
			makeAttempt({
				id: 'a1',
				moduleSlug: 'first',
				grades: { q1: wrong(), q2: wrong() },
				skill: 'number'
			}),
			makeAttempt({
				id: 'a2',
				moduleSlug: 'second',
				grades: { q1: wrong() },
				skill: 'number',
				finishedAt: at(1)
			}),
			makeAttempt({
				id: 'a3',
				moduleSlug: 'second',
				grades: { q2: right(), q3: right(), q4: right() },
				skill: 'geography',
				finishedAt: at(2)
			})
		);
		const overview = overallSkills(['first', 'second'].map((slug) => moduleStats(state, slug)));
		expect(overview.weaknesses).toEqual(['number']);
		expect(overview.strengths).toEqual(['geography']);
	});

	it('judges no skill from fewer than three questions', () => {
		const state = withAttempts(
			makeAttempt({ id: 'a1', moduleSlug: 'first', grades: { q1: wrong() } })
		);
		const overview = overallSkills([moduleStats(state, 'first')]);
		expect(overview).toMatchObject({ strengths: [], weaknesses: [] });
		expect(overview.skills).toHaveLength(1);
	});
});
