import { parseArticleFile, segmentBody } from '../article';

import type { Question } from '../../quiz/question';
import { readingMinutes, measureBlocks } from '../reading-level';

import type { Module } from './module';

/** File paths relative to the project root ("questions/<slug>/article.md") mapped to their text. */
export type ContentFiles = Record<string, string>;

/** Makes a module's question set from its article body and the optional questions file's text. */
export type QuestionSource = (
	body: string,
	questionsFile: { path: string; text: string } | undefined
) => { questions: Question[]; problems: string[] };

const ARTICLE_PATH = /^questions\/([^/]+)\/article\.md$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Builds every module under questions/. Adding a folder adds a module; nothing else changes.
 * Returns the modules that parsed and one line per problem, naming the file, the field and what is wrong.
 */
export function buildModules(
	files: ContentFiles,
	questionSource: QuestionSource
): { modules: Module[]; problems: string[] } {
	const modules: Module[] = [];
	const problems: string[] = [];
	for (const path of Object.keys(files).sort()) {
		const slug = ARTICLE_PATH.exec(path)?.[1];
		if (slug === undefined) continue;
		if (!SLUG.test(slug)) {
			problems.push(
				`${path}: folder name "${slug}" must be lowercase letters, digits and single hyphens`
			);
			continue;
		}
		const parsed = parseArticleFile(files[path] ?? '', path);
		if (!parsed.ok) {
			problems.push(...parsed.errors);
			continue;
		}
		const blocks = segmentBody(parsed.value.body);
		if (blocks.every((block) => block.kind !== 'paragraph')) {
			problems.push(`${path}: body: has no paragraphs of text`);
			continue;
		}
		const questionsPath = `questions/${slug}/questions.yaml`;
		const questionsText = files[questionsPath];
		const result = questionSource(
			parsed.value.body,
			questionsText === undefined ? undefined : { path: questionsPath, text: questionsText }
		);
		problems.push(...result.problems);
		const readingLevel = measureBlocks(blocks);
		modules.push({
			slug,
			meta: parsed.value.meta,
			body: parsed.value.body,
			blocks,
			wordCount: readingLevel.words,
			readingMinutes: readingMinutes(readingLevel.words),
			readingLevel,
			questions: result.questions
		});
	}
	modules.sort(
		(a, b) => b.meta.published.localeCompare(a.meta.published) || a.slug.localeCompare(b.slug)
	);
	return { modules, problems };
}
