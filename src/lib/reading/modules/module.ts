import * as v from 'valibot';
import type { ArticleMeta, ArticleBlock } from '../article';
import { CarriedArticleSchema, carriedFromBlocks } from '../article';
import { FeedbackModeSchema, QuestionSchema } from '../../quiz/question';
import { levelWords, ReadingLevelSchema, type ReadingLevel } from '../reading-level';

/**
 * A module is one article and the questions asked about it. Every form of it holds the same
 * `ModuleContent`; they differ in where they come from and what travels with them:
 *
 * - `Module`: a bundled module, built from `questions/<slug>/` at build time and prerendered into
 *   the pages. Its title, source and feedback mode are the article's front matter (`meta`).
 * - `BundledArticle`: a bundled module as `/articles/<slug>.json` serves it to the browser, flat,
 *   so the teacher's builder can start from it and a share link naming it can take its text.
 * - `Assignment` (`teaching/sharing/assignment.ts`): a teacher's module, made in the builder or
 *   opened from a share link, QR code or module file (an assigned module). The same content,
 *   checked more strictly since people type it, with an id and the teacher's settings.
 *
 * Share links, module files, stored lists and the JSON all carry these shapes as they are:
 * a field renamed here is a link or a saved module that no longer opens.
 */

/** What every module holds. Each form narrows or adds to these fields, never renames them. */
export const ModuleContentSchema = v.object({
	title: v.string('must be text'),
	/** Where the article comes from, as a reader would cite it. */
	source: v.string('must be text'),
	/** The article as Markdown paragraphs separated by blank lines, as in `questions/<slug>/article.md`. */
	body: v.string('must be text'),
	questions: v.array(QuestionSchema)
});

export type ModuleContent = v.InferOutput<typeof ModuleContentSchema>;

/** A bundled module: its article and questions, read and measured at build time. */
export interface Module extends Pick<ModuleContent, 'body' | 'questions'> {
	/** The article's folder name under questions/, used in URLs. */
	slug: string;
	/** Title, source, feedback mode and the rest of the article's front matter. */
	meta: ArticleMeta;
	blocks: ArticleBlock[];
	/** Both from `readingLevel`, kept as fields for the pages that show only them. */
	wordCount: number;
	readingMinutes: number;
	/** Measured at build time, so student pages never load the syllable counter. */
	readingLevel: ReadingLevel;
}

/** A bundled module as `/articles/<slug>.json` serves it: the content, its slug, feedback mode, split and level. */
export const BundledArticleSchema = v.object({
	slug: v.string(),
	...ModuleContentSchema.entries,
	feedback: FeedbackModeSchema,
	/** The body split into sentences at build time, so a device that opens a link naming it needs no splitter. Absent before 2026-11-27. */
	article: v.optional(CarriedArticleSchema),
	/** Measured at build time, so a device that opens a link naming it need not measure it. Absent before 2026-11-27. */
	readingLevel: v.optional(ReadingLevelSchema)
});

export type BundledArticle = v.InferOutput<typeof BundledArticleSchema>;

/**
 * The JSON a bundled module is served as. Its keys keep this order, so the prerendered files stay
 * byte for byte what they were.
 *
 * @example bundledArticleOf(module).feedback // 'after-each'
 */
export function bundledArticleOf(module: Module): BundledArticle {
	return {
		slug: module.slug,
		title: module.meta.title,
		source: module.meta.source,
		feedback: module.meta.feedback,
		body: module.body,
		questions: module.questions,
		article: carriedFromBlocks(module.blocks),
		readingLevel: module.readingLevel
	};
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
