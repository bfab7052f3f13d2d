import type { ArticleMeta } from '../article/article-meta';
import type { ArticleBlock } from '../article/segment';
import type { Question } from '../question/schema';

/** A reading-comprehension module: one article and its questions. */
export interface Module {
	/** The article's folder name under questions/, used in URLs. */
	slug: string;
	meta: ArticleMeta;
	/** The article's Markdown body, as teachers start a module from it and share links refer to it. */
	body: string;
	blocks: ArticleBlock[];
	wordCount: number;
	readingMinutes: number;
	questions: Question[];
}

/** What the home page needs of a module, without its text. */
export type ModuleSummary = Pick<Module, 'slug' | 'meta' | 'wordCount' | 'readingMinutes'> & {
	questionCount: number;
};

export const WORDS_PER_MINUTE = 200;

export function summarize(module: Module): ModuleSummary {
	const { slug, meta, wordCount, readingMinutes, questions } = module;
	return { slug, meta, wordCount, readingMinutes, questionCount: questions.length };
}
