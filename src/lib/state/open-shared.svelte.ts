import { type Assignment, openShareLinkLazily, type WireBlock } from '$lib/teaching/sharing';

import { fetchBundledArticle } from './bundled-article.svelte';
import { parsedError, type Parsed } from '$lib/core/validation';

/**
 * Opens a share link (or pasted link text) into a complete module. A link that names an article
 * shipped with Lectern gets the text from this app's own copy, which the service worker keeps
 * offline.
 */
export async function openSharedLink(text: string): Promise<Parsed<OpenedModule>> {
	const opened = await openShareLinkLazily(text);
	if (!opened.ok) return opened;
	if (opened.value.kind === 'assignment') {
		const { assignment, article } = opened.value;
		return { ok: true, value: article ? { assignment, article } : { assignment } };
	}
	const { slug, title, complete } = opened.value;
	const missing = `This link uses the article "${title}" that comes with Lectern, but this copy of Lectern does not have it. Ask your teacher for the module as a file, or open this link once online.`;
	const article = await fetchBundledArticle(slug);
	if (!article) return parsedError(missing);
	const completed = complete(article.body);
	return completed.ok ? { ok: true, value: { assignment: completed.value } } : completed;
}

/** A module opened from a link or a file, with its article's split when the link carried one. */
export interface OpenedModule {
	assignment: Assignment;
	article?: WireBlock[];
}
