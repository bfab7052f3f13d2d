import { blocksFromCarried, type ArticleBlock, type CarriedBlock } from '$lib/reading/article';
import type { Assignment } from '$lib/teaching/sharing';

/**
 * An assigned module's article as blocks of sentences: from the split it carries, or (a module
 * saved before splits travelled with it) split here once and saved with the module, so it never
 * needs the splitter again. Rejects with a message for the student when the splitter cannot load.
 */
export async function articleBlocks(
	assignment: Pick<Assignment, 'id' | 'body'>,
	article?: readonly CarriedBlock[]
): Promise<ArticleBlock[]> {
	if (article) return blocksFromCarried(article);
	const { splitAndSave } = await import('./split-stored-article');
	return splitAndSave(assignment);
}
