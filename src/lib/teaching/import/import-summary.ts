import type { ImportedArticle } from './imported-article';

const plural = (count: number, one: string, many = `${one}s`) =>
	`${count} ${count === 1 ? one : many}`;

/**
 * What the teacher is told once a file is read: how much article came out of it and what to do
 * next, so a page that gave three lines instead of thirty is noticed before questions are made.
 *
 * @example importSummary('“floods.html”', article)
 * // 'Read “floods.html”: 9 paragraphs and 2 headings. Check the text in the article box before making the module.'
 */
export function importSummary(name: string, article: ImportedArticle): string {
	const blocks = article.text.split(/\n\s*\n/).filter((block) => block.trim());
	const headings = blocks.filter((block) => /^#{1,6}\s/.test(block)).length;
	const paragraphs = plural(blocks.length - headings, 'paragraph');
	const found = headings > 0 ? `${paragraphs} and ${plural(headings, 'heading')}` : paragraphs;
	return `Read ${name}: ${found}. Check the text in the article box before making the module.`;
}

/** The facts the file told about itself that have no field of their own: byline, date, address. */
export function importedFacts(article: ImportedArticle): string[] {
	return [
		article.byline ? `By ${article.byline}` : '',
		article.published ? `Published ${article.published}` : '',
		article.sourceUrl ? `Address: ${article.sourceUrl}` : ''
	].filter(Boolean);
}
