import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { shortAnswer } from '../../quiz/question/test-factories';
import { buildModules } from './build-modules';
import { blocksFromCarried } from '../article';
import { BundledArticleSchema, bundledArticleOf } from './module';

const bundled = (frontMatter: string) => {
	const { modules, problems } = buildModules(
		{
			'questions/floods/article.md': `---\ntitle: Floods\nsource: Test\npublished: 2024-03-18\n${frontMatter}---\nFloods closed the port.\n`
		},
		() => ({ questions: [shortAnswer({ id: 'q-1' })], problems: [] })
	);
	if (!modules[0]) throw new Error(problems.join('\n'));
	return modules[0];
};

describe('a bundled module as /articles/<slug>.json serves it', () => {
	it('keeps the keys in the order the prerendered files have always had', () => {
		expect(Object.keys(bundledArticleOf(bundled('')))).toEqual([
			'slug',
			'title',
			'source',
			'feedback',
			'body',
			'questions',
			'article',
			'readingLevel'
		]);
	});

	it('carries its body split as the module page numbers its sentences', () => {
		const module = bundled('');
		const article = bundledArticleOf(module).article;

		expect(article && blocksFromCarried(article)).toEqual(module.blocks);
		expect(article).toEqual([['Floods closed the port.']]);
	});

	it('reads back through BundledArticleSchema unchanged, feedback mode included', () => {
		const article = bundledArticleOf(bundled('feedback: at-end\n'));
		expect(v.parse(BundledArticleSchema, JSON.parse(JSON.stringify(article)))).toEqual(article);
		expect(article.feedback).toBe('at-end');
	});
});
