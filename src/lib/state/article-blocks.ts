import { blocksFromCarried, type ArticleBlock } from '$lib/reading/article';

import type { Assignment, WireBlock } from '$lib/teaching/sharing';

/**
 * An assigned module's article as blocks of sentences: from the split its link carried when there
 * is one (nothing heavy to load), else split here, with the sentence splitter loaded only then.
 */
export async function articleBlocks(
	assignment: Pick<Assignment, 'body'>,
	article?: readonly WireBlock[]
): Promise<ArticleBlock[]> {
	if (article) return blocksFromCarried(article);
	const { segmentBody } = await import('$lib/reading/article/segment');
	return segmentBody(assignment.body);
}
