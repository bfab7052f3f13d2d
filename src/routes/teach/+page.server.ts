import { allModules } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The bundled articles a teacher can start from; their text is fetched only when chosen. */
export const load = (() => ({
	bundled: allModules().map((module) => ({ slug: module.slug, title: module.meta.title }))
})) satisfies PageServerLoad;
