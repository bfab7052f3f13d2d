import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../../src/lib/server/check-content-folder';
import { validateContent } from '../../../scripts/content-check-plugin';

const bundled = readFileSync('questions/kazakhstan-2022/article.md', 'utf8');
const folders: string[] = [];

function contentFolder(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'lectern-content-'));
	folders.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the build-time content check', () => {
	it('finds no problem in the bundled questions folder', () => {
		expect(checkContentFolder('questions')).toEqual([]);
	});

	it('names the file, the field and what is wrong', () => {
		const root = contentFolder({
			'kazakhstan-2022/article.md': bundled.replace(/^title: .*$/m, 'title:')
		});
		expect(checkContentFolder(root)).toEqual([
			'questions/kazakhstan-2022/article.md: title: must be text (got null)'
		]);
	});

	it('reports a folder without an article and an empty questions folder', () => {
		expect(checkContentFolder(contentFolder({ 'draft/notes.txt': 'todo' }))).toEqual([
			expect.stringMatching(/draft\/: has no article\.md$/)
		]);
		expect(checkContentFolder(contentFolder({}))).toEqual([
			expect.stringMatching(/holds no articles$/)
		]);
	});

	it('fails the build with the list of problems and no stack trace', () => {
		const root = contentFolder({
			'one/article.md': bundled.replace('published: 2022-01-07', 'published: tomorrow'),
			'two/article.md': '# no front matter'
		});
		const plugin = validateContent(root);
		const buildStart = plugin.buildStart as () => void;
		let thrown: unknown;
		try {
			buildStart();
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(Error);
		const error = thrown as Error;
		expect(error.message).toContain('Lectern found 2 problem(s)');
		expect(error.message).toContain(
			'questions/one/article.md: published: must be a date written YYYY-MM-DD (got "tomorrow")'
		);
		expect(error.message).toContain('questions/two/article.md: must start with front matter');
		expect(error.stack).toBe(error.message);
	});

	it('lets the build go on when the content is sound', () => {
		const buildStart = validateContent('questions').buildStart as () => void;
		expect(() => buildStart()).not.toThrow();
	});
});

describe('the bundled modules', () => {
	it('link every question to real sentences of the article page', async () => {
		const { readdirSync } = await import('node:fs');
		const { parseArticleFile } =
			await import('../../../src/lib/reading/article/parse-article-file');
		const { segmentBody, sentencesOf } = await import('../../../src/lib/reading/article/segment');
		const { moduleQuestions } = await import('../../../src/lib/reading/modules/module-questions');
		for (const slug of readdirSync('questions')) {
			const path = `questions/${slug}/article.md`;
			const article = parseArticleFile(readFileSync(path, 'utf8'), path);
			if (!article.ok) throw new Error(article.errors.join('\n'));
			const sentences = new Map(
				sentencesOf(segmentBody(article.value.body)).map((s) => [s.id, s.text])
			);
			const { questions, problems } = moduleQuestions(article.value.body, undefined);
			expect(problems).toEqual([]);
			expect(questions.length).toBeGreaterThanOrEqual(10);
			for (const question of questions) {
				expect(question.sentenceIds.length, question.id).toBeGreaterThan(0);
				expect(question.sentenceIds.map((id) => sentences.get(id))).toEqual(question.evidence);
			}
		}
	});
});
