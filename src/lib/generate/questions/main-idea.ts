import { candidate, singleChoice } from '../compose/draft';
import { quotesBalanced } from '../text/grammar';
import { hash32 } from '../text/hash';
import { wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate } from '../types';

const fit = (s: ArticleSentence) =>
	!s.isQuestion &&
	quotesBalanced(s.text) &&
	wordsIn(s.text) >= 8 &&
	wordsIn(s.text) <= 35 &&
	!/^(?:He|She|It|They|This|These|But|And)\b/.test(s.text);

/**
 * News puts its main point first: the lead sentence is the answer, and detail sentences from the
 * second half of the article are the wrong options. Only for articles long enough to have both.
 */
export function mainIdeaQuestions(article: Article): Candidate[] {
	const paragraphs = new Set(article.sentences.map((s) => s.paragraph)).size;
	if (paragraphs < 4 || article.words < 200) return [];
	const lead = article.sentences.slice(0, 2).find(fit);
	if (!lead) return [];
	const half = Math.floor(article.sentences.length / 2);
	const details = article.sentences
		.slice(half)
		.filter(fit)
		.sort((a, b) => hash32(a.text) - hash32(b.text))
		.slice(0, 3);
	return candidate(
		singleChoice(
			{
				prompt: 'Which sentence from the article best sums up what it is mainly about?',
				skill: 'main-idea',
				evidence: [lead],
				difficulty: 'medium',
				explanation:
					'News articles state their main point in the opening sentence; the others are details.'
			},
			lead.text,
			details.map((d) => ({
				text: d.text,
				feedback: 'This is a supporting detail from later in the article, not its main point.'
			}))
		),
		8,
		'main-idea'
	);
}
