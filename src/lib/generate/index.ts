import { cleanArticleText } from '../article/clean-text';
import { segmentBody, wordCount, type ArticleBlock } from '../article/segment';
import type { Question } from '../question/schema';
import { analyzeArticle } from './analyze/article';
import { finalize } from './compose/draft';
import { gapChoice } from './compose/gap-choice';
import { checkInput, MIN_WORDS, tooShort } from './input';
import { qualityIssues, sentenceTexts } from './quality';
import { abbreviationQuestions, acceptAbbreviations } from './questions/abbreviations';
import { borderQuestions } from './questions/borders';
import { causeQuestions } from './questions/causes';
import { mainIdeaQuestions } from './questions/main-idea';
import { numberQuestions } from './questions/numbers';
import { entityQuestions } from './questions/people';
import { sequenceQuestions } from './questions/sequence';
import { timelineQuestions } from './questions/timeline';
import { vocabularyQuestions } from './questions/vocabulary';
import { whenQuestions } from './questions/when';
import { questionBudget, selectQuestions, type Ranked } from './rank';
import { forgetNormalized } from './text/normalize';
import type { Article, Candidate } from './types';

export { GenerationError, type GenerationErrorCode } from './errors';
export { checkQuality, type QualityIssue } from './quality';

export interface GenerateOptions {
	/** Upper bound on the number of questions; the article's length sets the usual number. */
	maxQuestions?: number;
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

const BUILDERS: readonly ((article: Article) => Candidate[])[] = [
	borderQuestions,
	numberQuestions,
	causeQuestions,
	entityQuestions,
	abbreviationQuestions,
	timelineQuestions,
	sequenceQuestions,
	whenQuestions,
	vocabularyQuestions,
	mainIdeaQuestions
];

/**
 * Turns a news article (raw pasted text or a Markdown body) into reading-comprehension questions.
 * Deterministic: the same text always gives the same questions with the same ids. Evidence is
 * quoted verbatim from `segmentBody(cleanArticleText(text))`, whose sentence ids it cites.
 * Throws `GenerationError` for empty, binary or too-short input.
 *
 * @example
 * const questions = generateQuestions(articleText, { maxQuestions: 10 });
 * questions[0].type; // e.g. 'multiple-choice'
 */
export function generateQuestions(text: string, options: GenerateOptions = {}): Question[] {
	forgetNormalized();
	const allBlocks = segmentBody(cleanArticleText(checkInput(text)));
	// Questions come from the first few thousand words: the budget tops out at 25 questions, and
	// bounding the analysis keeps a 200 KB paste as fast as a long article.
	const blocks = leadingBlocks(allBlocks, MAX_ANALYSED_WORDS);
	const article = analyzeArticle(blocks);
	if (article.words < MIN_WORDS || article.sentences.filter((s) => !s.isQuestion).length < 2) {
		throw tooShort(article.words);
	}
	const sentences = sentenceTexts(blocks);
	const ranked: Ranked[] = [];
	for (const build of BUILDERS) {
		const built = build(article).flatMap((c) => {
			const withAliases = { ...c, draft: acceptAbbreviations(article, c.draft) };
			const variants = gapChoice(withAliases);
			return variants.length > 0 ? variants : [withAliases];
		});
		for (const { draft, score, factKey, group } of built) {
			const question = finalize(draft);
			if (!question || qualityIssues([question], sentences, true).length > 0) continue;
			const first = article.sentences.find((s) => s.id === question.sentenceIds[0]);
			const position = first?.position ?? 0;
			// Facts the article leads with matter more: up to +2 for the first sentence.
			const lead = 2 * (1 - position / Math.max(1, article.sentences.length));
			ranked.push({ question, score: score + lead, factKey, position, group });
		}
	}
	const unique = [...new Map(ranked.map((r) => [r.question.id, r])).values()];
	const budget = Math.min(
		questionBudget(article.words),
		Math.max(1, options.maxQuestions ?? Infinity)
	);
	const selected = selectQuestions(unique, budget);
	// A last guard for rules that need the whole set (duplicate facts across builders).
	const flagged = new Set(qualityIssues(selected, sentences).map((issue) => issue.questionId));
	return selected.filter((q) => !flagged.has(q.id));
}
