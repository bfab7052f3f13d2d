import { describe, expect, it } from 'vitest';
import { estimatedGrade, gradeWords } from '../reading-level/describe';
import { buildModules, type QuestionSource } from './build-modules';
import { summarize } from './module';

const noQuestions: QuestionSource = () => ({ questions: [], problems: [] });
const moduleWith = (frontMatter: string, body: string) => {
	const { modules, problems } = buildModules(
		{
			'questions/floods/article.md': `---\ntitle: Floods\nsource: Test\npublished: 2024-03-18\n${frontMatter}---\n${body}\n`
		},
		noQuestions
	);
	if (problems.length > 0 || !modules[0]) throw new Error(problems.join('\n'));
	return modules[0];
};
const body = 'Floods closed the river port on Monday. Ships waited offshore for three days.';

describe('a bundled module’s reading level', () => {
	it('is measured at build time, with the word count and reading time from the same count', () => {
		const module = moduleWith('', body);
		expect(module.readingLevel.words).toBe(13);
		expect(module.wordCount).toBe(13);
		expect(module.readingMinutes).toBe(1);
	});

	it('is worded for the home page when the front matter has no level', () => {
		const module = moduleWith('', body);
		const grade = estimatedGrade(module.readingLevel);
		expect(grade).toBeDefined();
		expect(summarize(module).levelWords).toBe(gradeWords(grade ?? 0));
	});

	it('keeps the author’s words from the front matter beside the estimate', () => {
		const module = moduleWith('readingLevel: lower secondary\n', body);
		expect(summarize(module).levelWords).toMatch(
			/^(about grade \d+|grade 1 or below|college level) \(lower secondary\)$/
		);
	});
});
