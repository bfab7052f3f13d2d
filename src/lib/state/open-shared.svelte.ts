import { type Assignment, openShareLinkLazily, type WireBlock } from '$lib/teaching/sharing';

import { fetchBundledArticle } from './bundled-article.svelte';
import { parsedError, parsedOk, type Parsed } from '$lib/core/validation';

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
		return withSplit(assignment, article);
	}
	const { slug, title, complete } = opened.value;
	const missing = `This link uses the article "${title}" that comes with Lectern, but this copy of Lectern does not have it. Ask your teacher for the module as a file, or open this link once online.`;
	const article = await fetchBundledArticle(slug);
	if (!article) return parsedError(missing);
	const completed = complete(article.body);
	if (!completed.ok) return completed;
	const split = completed.value.body === article.body ? article.article : undefined;
	return withSplit(completed.value, split);
}

/**
 * A module with its article's split, so it shows offline from now on with no splitter: the split
 * it came with, or (a link or file from before splits travelled) one made here.
 */
export async function withSplit(
	assignment: Assignment,
	article: WireBlock[] | undefined
): Promise<Parsed<OpenedModule>> {
	if (article) return parsedOk({ assignment, article });
	const { splitOnDevice } = await import('./split-on-device');
	const split = await splitOnDevice(assignment.body);
	return split.ok ? parsedOk({ assignment, article: split.value }) : split;
}

/** A module opened from a link or a file, with its article's split. */
export interface OpenedModule {
	assignment: Assignment;
	article: WireBlock[];
}
