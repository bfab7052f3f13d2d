import { readFileSync } from 'node:fs';
import { parseArticleFile } from '../../src/lib/reading/article/parse-article-file';
import { moduleQuestions } from '../../src/lib/reading/modules/module-questions';
import type { Question } from '../../src/lib/quiz/question/schema';

/** The questions the build gives a bundled module, computed the same way the build does. */
export function questionsOf(slug: string): Question[] {
	const path = `questions/${slug}/article.md`;
	const article = parseArticleFile(readFileSync(path, 'utf8'), path);
	if (!article.ok) throw new Error(article.errors.join('\n'));
	let questionsFile: { path: string; text: string } | undefined;
	try {
		const yamlPath = `questions/${slug}/questions.yaml`;
		questionsFile = { path: yamlPath, text: readFileSync(yamlPath, 'utf8') };
	} catch {
		questionsFile = undefined;
	}
	return moduleQuestions(article.value.body, questionsFile).questions;
}
