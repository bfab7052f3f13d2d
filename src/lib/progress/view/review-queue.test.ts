import { describe, expect, it } from 'vitest';
import { recordAttempt } from '../record/record-attempt';
import { emptyState } from '../record/state';
import { DAY, T0, at, makeAttempt, right, wrong } from '../record/testing/factories';
import { dueByModule, reviewOverview } from './review-queue';

const slug = 'kazakhstan-2022';
const module = (questionIds: string[], moduleSlug = slug) => ({
	slug: moduleSlug,
	title: `Title of ${moduleSlug}`,
	questions: questionIds.map((id) => ({ id }))
});
const failed = (id: string, grades: Record<string, ReturnType<typeof wrong>>, moduleSlug = slug) =>
	recordAttempt(emptyState(), makeAttempt({ id, moduleSlug, grades }), T0);

describe('reviewOverview', () => {
	it('lists nothing as due on the day of the mistake and names the next day as next', () => {
		const state = failed('a1', { q1: wrong(), q2: right() });
		const overview = reviewOverview(state, at(1000), [module(['q1', 'q2'])]);
		expect(overview.due).toEqual([]);
		expect(overview.nextDueAt).toBe(at(DAY).toISOString());
	});

	it('lists the missed questions once they are due, with their module', () => {
		const state = failed('a1', { q1: wrong(), q2: right(), q3: wrong() });
		const overview = reviewOverview(state, at(2 * DAY), [module(['q1', 'q2', 'q3'])]);
		expect(overview.due.map((d) => d.key)).toEqual([`${slug}/q1`, `${slug}/q3`]);
		expect(overview.due[0]?.title).toBe(`Title of ${slug}`);
		expect(overview.nextDueAt).toBeNull();
	});

	it('skips due questions that no module has any more', () => {
		const state = failed('a1', { q1: wrong(), gone: wrong() });
		const overview = reviewOverview(state, at(2 * DAY), [module(['q1'])]);
		expect(overview.due.map((d) => d.question.id)).toEqual(['q1']);
	});

	it('takes turns between modules, so one article does not fill the start of the sitting', () => {
		const one = failed('a1', { q1: wrong(), q2: wrong() });
		const both = recordAttempt(
			one,
			makeAttempt({ id: 'a2', moduleSlug: 'other', grades: { q9: wrong() }, finishedAt: at(1) }),
			at(1)
		);
		const overview = reviewOverview(both, at(2 * DAY), [
			module(['q1', 'q2']),
			module(['q9'], 'other')
		]);
		expect(overview.due.map((d) => d.key)).toEqual([`${slug}/q1`, 'other/q9', `${slug}/q2`]);
	});

	it('counts due questions per module', () => {
		const one = failed('a1', { q1: wrong() });
		const both = recordAttempt(
			one,
			makeAttempt({ id: 'a2', moduleSlug: 'other', grades: { q9: wrong() }, finishedAt: at(1) }),
			at(1)
		);
		const overview = reviewOverview(both, at(2 * DAY), [module(['q1']), module(['q9'], 'other')]);
		expect(dueByModule(overview.due)).toEqual([
			{ slug, title: `Title of ${slug}`, count: 1 },
			{ slug: 'other', title: 'Title of other', count: 1 }
		]);
	});
});
