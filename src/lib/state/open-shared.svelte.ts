import { blocksFromCarried } from '$lib/reading/article';
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
	if (completed.value.body !== article.body) return withSplit(completed.value, undefined);
	const { readingLevel } = article;
	const assignment =
		completed.value.readingLevel || !readingLevel
			? completed.value
			: { ...completed.value, readingLevel };
	return withSplit(assignment, article.article);
}

/**
 * A module with its article's split and reading level, so it shows offline from now on with
 * neither the splitter nor the syllable counter: what it came with, or what is made here (a link
 * or file from before splits travelled, a link that does not carry its level). A level that
 * cannot be measured now (offline, the counter never loaded) is measured when the module is shown.
 */
export async function withSplit(
	assignment: Assignment,
	article: WireBlock[] | undefined
): Promise<Parsed<OpenedModule>> {
	let split = article;
	if (!split) {
		const { splitOnDevice } = await import('./split-on-device');
		const made = await splitOnDevice(assignment.body);
		if (!made.ok) return made;
		split = made.value;
	}
	if (assignment.readingLevel) return parsedOk({ assignment, article: split });
	const { measureOnDevice } = await import('./measure-on-device');
	const readingLevel = await measureOnDevice(blocksFromCarried(split));
	return parsedOk({
		assignment: readingLevel ? { ...assignment, readingLevel } : assignment,
		article: split
	});
}

/** A module opened from a link or a file, with its article's split. */
export interface OpenedModule {
	assignment: Assignment;
	article: WireBlock[];
}
