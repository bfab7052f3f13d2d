import { allModules } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** Titles to name modules by, and question prompts to list what is due; never the article text. */
export const load = (() => ({
	modules: allModules().map((module) => ({
		slug: module.slug,
		title: module.meta.title,
		questions: module.questions.map(({ id, prompt }) => ({ id, prompt }))
	}))
})) satisfies PageServerLoad;
