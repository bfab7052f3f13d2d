import { allModules } from '$lib/server/content';
import { summarize } from '$lib/reading/modules';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	modules: allModules().map(summarize),
	// Question ids only: enough to count what is due without counting questions that are gone.
	review: allModules().map((module) => ({
		slug: module.slug,
		title: module.meta.title,
		questions: module.questions.map(({ id }) => ({ id }))
	}))
})) satisfies PageServerLoad;
