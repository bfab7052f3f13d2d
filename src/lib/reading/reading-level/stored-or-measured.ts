import type { ArticleBlock } from '../article';
import { measureBlocks } from './measure';
import type { ReadingLevel } from './schema';

/**
 * A module's reading level: the one stored with it, or, for a module stored before Lectern kept
 * one (or opened from a link, which does not carry it), measured now from its article.
 *
 * @example readingLevelOf(assignment, segmentBody(assignment.body)).words // 1180
 */
export function readingLevelOf(
	module: { readingLevel?: ReadingLevel },
	blocks: readonly ArticleBlock[]
): ReadingLevel {
	return module.readingLevel ?? measureBlocks(blocks);
}
