import type { ArticleMeta, ArticleBlock } from '../article';

import type { Question } from '../../quiz/question';
import { levelWords, type ReadingLevel } from '../reading-level';

/** A reading-comprehension module: one article and its questions. */
export interface Module {
	/** The article's folder name under questions/, used in URLs. */
	slug: string;
	meta: ArticleMeta;
	/** The article's Markdown body, as teachers start a module from it and share links refer to it. */
	body: string;
	blocks: ArticleBlock[];
	/** Both from `readingLevel`, kept as fields for the pages that show only them. */
	wordCount: number;
	readingMinutes: number;
	/** Measured at build time, so student pages never load the syllable counter. */
	readingLevel: ReadingLevel;
	questions: Question[];
}

/** What the home page needs of a module, without its text. */
export type ModuleSummary = Pick<Module, 'slug' | 'meta' | 'wordCount' | 'readingMinutes'> & {
	questionCount: number;
	/** "about grade 9 (lower secondary)", worded at build time so the page needs no code for it. */
	levelWords?: string;
};

export function summarize(module: Module): ModuleSummary {
	const { slug, meta, wordCount, readingMinutes, readingLevel, questions } = module;
	const level = levelWords(readingLevel, meta.readingLevel);
	return {
		slug,
		meta,
		wordCount,
		readingMinutes,
		questionCount: questions.length,
		...(level === undefined ? {} : { levelWords: level })
	};
}
