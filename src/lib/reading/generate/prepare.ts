import {
	readArticle,
	type ReadArticle,
	segmentBody,
	wordCount,
	type ArticleBlock
} from '../article';

import { analyzeArticle } from './analyze/article';
import { checkInput, MIN_WORDS, tooShort } from './input';
import { sentenceTexts } from './quality';
import type { Article } from './types';

/** The article as the generator reads it, before any question is asked. */
export interface PreparedArticle {
	/** Title, dateline and what was dropped as page clutter. */
	reading: ReadArticle;
	article: Article;
	/** Sentence id → verbatim text: what evidence is checked against. */
	sentenceTexts: ReadonlyMap<string, string>;
}

const MAX_ANALYSED_WORDS = 3000;

function leadingBlocks(blocks: readonly ArticleBlock[], maxWords: number): ArticleBlock[] {
	const kept: ArticleBlock[] = [];
	let words = 0;
	for (const block of blocks) {
		if (words >= maxWords) break;
		kept.push(block);
		if (block.kind === 'paragraph') words += wordCount([block]);
	}
	return kept;
}

/**
 * Cleans, segments and analyses the text. Questions come from the first few thousand words: the
 * budget tops out at 15 questions (25 when asked), and bounding the analysis keeps a 200 KB paste as fast as a
 * long article. Throws `GenerationError` for input that cannot make a quiz.
 */
export function prepareArticle(text: string): PreparedArticle {
	const reading = readArticle(checkInput(text));
	const allBlocks = segmentBody(reading.body);
	const blocks = leadingBlocks(allBlocks, MAX_ANALYSED_WORDS);
	const article = analyzeArticle(blocks, reading.title);
	if (article.words < MIN_WORDS || article.sentences.filter((s) => !s.isQuestion).length < 2) {
		throw tooShort(article.words);
	}
	return { reading, article, sentenceTexts: sentenceTexts(blocks) };
}
