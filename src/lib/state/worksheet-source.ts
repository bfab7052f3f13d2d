import type { ArticleBlock } from '$lib/reading/article';
import type { Assignment } from '$lib/teaching/sharing';
import type { Module } from '$lib/reading/modules';
import { articleSourceLine, type WorksheetSource } from '$lib/teaching/worksheet';

/**
 * A module a page can print: a bundled article (whose page carries no questions) or a module that
 * carries its own questions (a teacher's or an assigned one), with its article as the page split it.
 */
export type PrintableModule =
	| { bundled: Pick<Module, 'slug' | 'meta' | 'blocks'> }
	| {
			assignment: Pick<Assignment, 'title' | 'source' | 'questions'>;
			blocks: readonly ArticleBlock[];
	  };

/** What the worksheet is printed from; undefined when a bundled article's questions cannot be had. */
export async function worksheetSource(
	printable: PrintableModule
): Promise<WorksheetSource | undefined> {
	if ('bundled' in printable) return bundledWorksheetSource(printable.bundled);
	const { assignment, blocks } = printable;
	return {
		title: assignment.title,
		...(assignment.source ? { sourceLine: assignment.source } : {}),
		blocks,
		questions: assignment.questions
	};
}

/**
 * A bundled article's questions would weigh on every reader of its page, so they come from the
 * article's prerendered JSON, which the service worker keeps offline.
 */
async function bundledWorksheetSource(
	module: Pick<Module, 'slug' | 'meta' | 'blocks'>
): Promise<WorksheetSource | undefined> {
	const { fetchBundledArticle } = await import('$lib/state/bundled-article.svelte');
	const article = await fetchBundledArticle(module.slug);
	if (!article) return undefined;
	return {
		title: module.meta.title,
		sourceLine: articleSourceLine(module.meta),
		blocks: module.blocks,
		questions: article.questions
	};
}
