import { describe, expect, it } from 'vitest';
import { buildModules, type QuestionSource } from './build-modules';

const article = (title: string, published: string, body = 'Some text here. And more.') =>
	`---\ntitle: ${title}\nsource: Test\npublished: ${published}\n---\n${body}\n`;
const noQuestions: QuestionSource = () => ({ questions: [], problems: [] });

describe('buildModules', () => {
	it('makes one module per article folder, newest first', () => {
		const { modules, problems } = buildModules(
			{
				'questions/older/article.md': article('Older', '2020-05-01'),
				'questions/newer/article.md': article('Newer', '2023-02-03'),
				'questions/newer/notes.txt': 'ignored'
			},
			noQuestions
		);
		expect(problems).toEqual([]);
		expect(modules.map((m) => m.slug)).toEqual(['newer', 'older']);
		expect(modules[0]).toMatchObject({ wordCount: 5, readingMinutes: 1, questions: [] });
	});

	it('reports a folder name that cannot be a URL', () => {
		const { modules, problems } = buildModules(
			{ 'questions/My Article/article.md': article('T', '2020-05-01') },
			noQuestions
		);
		expect(modules).toEqual([]);
		expect(problems).toEqual([
			'questions/My Article/article.md: folder name "My Article" must be lowercase letters, digits and single hyphens'
		]);
	});

	it('reports a broken article and still builds the others', () => {
		const { modules, problems } = buildModules(
			{
				'questions/good/article.md': article('Good', '2020-05-01'),
				'questions/bad/article.md': article('Bad', 'soon')
			},
			noQuestions
		);
		expect(modules.map((m) => m.slug)).toEqual(['good']);
		expect(problems).toEqual([
			'questions/bad/article.md: published: must be a date written YYYY-MM-DD (got "soon")'
		]);
	});

	it('passes the questions file to the question source and reports its problems', () => {
		const seen: (string | undefined)[] = [];
		const source: QuestionSource = (_body, file) => {
			seen.push(file?.path);
			return { questions: [], problems: file ? [`${file.path}: bad`] : [] };
		};
		const { problems } = buildModules(
			{
				'questions/a/article.md': article('A', '2020-05-01'),
				'questions/a/questions.yaml': 'x: 1',
				'questions/b/article.md': article('B', '2020-05-02')
			},
			source
		);
		expect(seen).toEqual(['questions/a/questions.yaml', undefined]);
		expect(problems).toEqual(['questions/a/questions.yaml: bad']);
	});

	it('reports an article whose body has only headings', () => {
		const { problems } = buildModules(
			{ 'questions/h/article.md': article('H', '2020-05-01', '## Only a heading') },
			noQuestions
		);
		expect(problems).toEqual(['questions/h/article.md: body: has no paragraphs of text']);
	});
});
