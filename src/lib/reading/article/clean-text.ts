import { readArticle } from './read-article';

/**
 * Turns raw pasted text (or an already-clean Markdown body) into a clean Markdown body: paragraphs
 * separated by blank lines, `## ` sub-headings, and none of the page furniture that is not the
 * article. The headline and dateline are left out too; `readArticle` returns them and says what was
 * dropped and why.
 *
 * Invariant: an already-clean Markdown body comes out segmenting exactly as it went in, because
 * questions link to sentence ids of `segmentBody(body)`.
 *
 * @example
 * cleanArticleText('By Jane Doe\nFloods hit the town.\nAdvertisement\nThe river rose.')
 * // 'Floods hit the town.\n\nThe river rose.'
 */
export function cleanArticleText(raw: string): string {
	return readArticle(raw).body;
}
