import { cleanArticleText } from '../../../src/lib/reading/article/clean-text';
import { segmentBody } from '../../../src/lib/reading/article/segment';
import { analyzeArticle } from '../../../src/lib/reading/generate/analyze/article';
import type { Article } from '../../../src/lib/reading/generate/types';

/** The generator's analysis of a short article, one paragraph per argument. */
export function analyzed(...paragraphs: string[]): Article {
	return analyzeArticle(segmentBody(cleanArticleText(paragraphs.join('\n\n'))));
}

/** Two neutral paragraphs that make any sentence long enough to generate from. */
export const PADDING = [
	'Officials met on Monday to discuss the situation in detail with local leaders.',
	'The meeting lasted for most of the afternoon and ended without any statement to the press.'
];
