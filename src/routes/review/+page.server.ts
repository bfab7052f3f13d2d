import { allModules } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/**
 * Every module's questions, since any of them may be due; only what the inputs and feedback need
 * (no article text). Prerendered, so it is read from the files once, at build time.
 */
export const load = (() => ({
	modules: allModules().map((module) => ({
		slug: module.slug,
		title: module.meta.title,
		questions: module.questions
	}))
})) satisfies PageServerLoad;
