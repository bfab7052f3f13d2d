import { error, json } from '@sveltejs/kit';
import { allModules, findModule } from '$lib/server/content';
import { bundledArticleOf } from '$lib/reading/modules';
import type { EntryGenerator, RequestHandler } from './$types';

// A static JSON file per bundled module: the teacher's builder starts from it, and a share link
// that names a bundled article gets its text from it (cached by the service worker, so offline too).
export const prerender = true;

export const entries = (() => allModules().map(({ slug }) => ({ slug }))) satisfies EntryGenerator;

export const GET = (({ params }) => {
	const module = findModule(params.slug);
	if (!module) error(404, `No module called "${params.slug}"`);
	return json(bundledArticleOf(module));
}) satisfies RequestHandler;
