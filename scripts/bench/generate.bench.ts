import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { cleanArticleText } from '../../src/lib/reading/article/clean-text';
import { segmentBody, wordCount } from '../../src/lib/reading/article/segment';
import { generateQuestions } from '../../src/lib/reading/generate';

const WARM_UPS = 5;
const RUNS = 20;

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timePer1000Words(
	articles: readonly { text: string; words: number }[],
	work: (text: string) => unknown
): number {
	for (let i = 0; i < WARM_UPS; i += 1) articles.forEach((a) => work(a.text));
	const samples: number[] = [];
	for (let i = 0; i < RUNS; i += 1) {
		for (const article of articles) {
			const start = performance.now();
			work(article.text);
			samples.push(((performance.now() - start) * 1000) / article.words);
		}
	}
	return median(samples);
}

/**
 * Median time to generate questions per 1,000 words, warm, over the bundled and fixture articles;
 * and how much of it is compromise: `segmentBody` tokenizes each paragraph to split sentences, then
 * the generator tags the whole article in one call (see `analyze/parse-sentences.ts`).
 */
export function benchGenerate(): string[] {
	const folder = 'tests/fixtures/articles';
	const files = [
		'questions/kazakhstan-2022/article.md',
		...readdirSync(folder)
			.filter((f) => f.endsWith('.txt'))
			.map((f) => join(folder, f))
	];
	const articles = files.map((file) => {
		const text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
		return { text, words: wordCount(segmentBody(cleanArticleText(text))) };
	});
	const total = timePer1000Words(articles, (text) => generateQuestions(text));
	const parse = timePer1000Words(articles, (text) => {
		const paragraphs = segmentBody(cleanArticleText(text)).flatMap((block) =>
			block.kind === 'paragraph' ? [block.sentences.map((s) => s.text).join(' ')] : []
		);
		nlp(paragraphs.join('\n\n'));
	});
	const segment = timePer1000Words(articles, (text) => segmentBody(cleanArticleText(text)));
	return [
		`articles: ${articles.length} (${articles.map((a) => a.words).join(', ')} words), ${RUNS} runs after ${WARM_UPS} warm-ups`,
		`generateQuestions: ${total.toFixed(1)} ms per 1,000 words (median)`,
		`  segmentBody (compromise sentence split): ${segment.toFixed(1)} ms per 1,000 words`,
		`  segmentBody + compromise tagging pass: ${parse.toFixed(1)} ms per 1,000 words (${((100 * parse) / total).toFixed(0)}% of the total)`
	];
}
