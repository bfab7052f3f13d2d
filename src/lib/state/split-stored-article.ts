import { blocksFromCarried, type ArticleBlock } from '$lib/reading/article';
import { withMadeOnDevice } from '$lib/teaching/library';
import type { Assignment } from '$lib/teaching/sharing';
import { assignedModules } from './library.svelte';
import { splitOnDevice } from './split-on-device';

/**
 * Splits the article of a module saved before splits travelled with it, and saves the split with
 * the module. Only such modules load this file (and the splitter it loads).
 */
export async function splitAndSave(
	assignment: Pick<Assignment, 'id' | 'body'>
): Promise<ArticleBlock[]> {
	const split = await splitOnDevice(assignment.body);
	if (!split.ok) throw new Error(split.errors.join(' '));
	const library = assignedModules();
	library.set(withMadeOnDevice(library.items, assignment, { article: split.value }));
	return blocksFromCarried(split.value);
}
