import { wholeNumber } from '../../core/format';
/** Longest article a module holds (the module schema's limit): about 30,000 words. */
export const MAX_ARTICLE_CHARS = 200_000;

/**
 * Why a pasted or uploaded article is not turned into a module, said before any work starts, or
 * undefined. A 5 MB paste once froze the page for seconds and then showed a raw schema message.
 *
 * @example articleTextProblem('x'.repeat(250_000)) // 'The article is 250,000 characters long; …'
 */
export function articleTextProblem(text: string): string | undefined {
	if (text.length <= MAX_ARTICLE_CHARS) return undefined;
	return `The article is ${wholeNumber(text.length)} characters long; Lectern takes articles of up to ${wholeNumber(MAX_ARTICLE_CHARS)} characters (about 30,000 words). Paste only the article itself, or split it into several modules.`;
}
