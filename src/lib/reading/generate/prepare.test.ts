import { describe, expect, it } from 'vitest';
import { GenerationError } from './errors';
import { prepareArticle } from './prepare';

const ARTICLE = [
	'Officials in Valletta signed a deal on Monday to rebuild the old harbour, which was damaged by a storm in 2021.',
	'The work will cost about 40 million euros and should take three years, Transport Minister Aaron Farrugia said.',
	'Fishermen welcomed the plan, but some residents worry that the new quays will bring more traffic to the narrow streets.'
].join('\n\n');

function codeOf(text: string): string {
	try {
		prepareArticle(text);
		return 'prepared';
	} catch (error) {
		return error instanceof GenerationError ? error.code : 'other error';
	}
}

describe('prepareArticle', () => {
	it('analyses every paragraph and keeps each sentence’s text by id', () => {
		const { article, sentenceTexts } = prepareArticle(ARTICLE);
		expect(article.sentences.map((s) => s.id)).toEqual(['p1s1', 'p2s1', 'p3s1']);
		expect(sentenceTexts.get('p2s1')).toBe(
			'The work will cost about 40 million euros and should take three years, Transport Minister Aaron Farrugia said.'
		);
		expect(article.words).toBe(59);
	});

	it.each([
		['an empty text', '', 'empty'],
		['a text of few words', 'Too short. Only a few words here.', 'too-short'],
		[
			'one long sentence',
			'One sentence only with quite a lot of words in it so that the count goes above the minimum of twenty five words needed for a quiz.',
			'too-short'
		],
		['binary data', '%PDF-1.4 binary', 'not-text'],
		['a three-paragraph article', ARTICLE, 'prepared']
	])('handles %s: %s', (_, text, expected) => {
		expect(codeOf(text)).toBe(expected);
	});

	it('analyses only the first few thousand words of a very long paste', () => {
		const paragraph =
			'The council met again on a rainy evening and agreed to repair the old harbour wall before winter.';
		const text = Array.from({ length: 400 }, () => paragraph).join('\n\n');
		const { article } = prepareArticle(text);
		expect(article.words).toBeGreaterThanOrEqual(3000);
		expect(article.words).toBeLessThan(3000 + 20);
	});
});
