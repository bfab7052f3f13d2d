import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, type Assignment } from '../../src/lib/teaching/sharing';
import { parseArticleFile } from '../../src/lib/reading/article/parse-article-file';
import { questionsOf } from './module-data';

/** A teacher's module made from the bundled article, as the builder would save it. */
export function sampleModule(over: Partial<Assignment> = {}): Assignment {
	const slug = 'kazakhstan-2022';
	const path = `questions/${slug}/article.md`;
	const article = parseArticleFile(readFileSync(path, 'utf8'), path);
	if (!article.ok) throw new Error(article.errors.join('\n'));
	return {
		id: 'm-e2e-sample',
		title: 'Kazakhstan, for class 9B',
		body: article.value.body,
		questions: questionsOf(slug),
		settings: { ...DEFAULT_SETTINGS, timeLimitMinutes: 20, dueDate: '2026-12-01' },
		bundledSlug: slug,
		...over
	};
}
