import type { ImportedArticle } from './imported-article';

/** The builder's fields an import can fill. */
export interface ArticleFields {
	title: string;
	source: string;
}

/**
 * The title and source the builder shows after an import. A field the teacher left empty, or that
 * still holds what the previous import put there, takes the new article's value (empty when the
 * new file names none); a field the teacher typed into keeps what they typed.
 *
 * @example fieldsAfterImport({ title: '', source: 'My notes' }, article, { title: '', source: '' })
 * // { title: 'Millbrook opens flood park…', source: 'My notes' }
 */
export function fieldsAfterImport(
	current: ArticleFields,
	article: ImportedArticle,
	filledBefore: ArticleFields
): ArticleFields {
	const take = (field: keyof ArticleFields, value: string | undefined) => {
		const mine = current[field].trim() !== '' && current[field] !== filledBefore[field];
		return mine ? current[field] : (value ?? '');
	};
	return { title: take('title', article.title), source: take('source', article.source) };
}
