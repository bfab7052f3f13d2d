import { error } from '@sveltejs/kit';
import { allModules, findModule } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => allModules().map(({ slug }) => ({ slug }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const module = findModule(params.slug);
	if (!module) error(404, `No module called "${params.slug}"`);
	return {
		slug: module.slug,
		title: module.meta.title,
		feedback: module.meta.feedback,
		questions: module.questions
	};
}) satisfies PageServerLoad;
