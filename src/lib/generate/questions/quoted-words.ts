import { CLOZE_BLANK } from '../../question/schema';
import { gapPrompt } from '../compose/clause-gap';
import { candidate, cloze, singleChoice } from '../compose/draft';
import { hash32 } from '../text/hash';
import { wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate } from '../types';

/** A short quotation inside a sentence: "extraordinary and insubordinate", “witch hunt”. */
const SHORT_QUOTE = /[“"]([^”"]{3,60})[”"]/g;

interface QuotedWords {
	sentence: ArticleSentence;
	words: string;
	start: number;
	end: number;
}

/**
 * The words a person chose, quoted inside a sentence, are how a news article reports a stance:
 * "called the decision “extraordinary and insubordinate”". The question asks for those words in
 * their clause; the wrong options are the other short quotations of the same article, so each is
 * real language from the story yet clearly not what was said here.
 */
export function quotedWordsQuestions(article: Article): Candidate[] {
	const found: QuotedWords[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion) continue;
		SHORT_QUOTE.lastIndex = 0;
		for (let m = SHORT_QUOTE.exec(sentence.text); m; m = SHORT_QUOTE.exec(sentence.text)) {
			const words = m[1]!.trim().replace(/[,.]$/, '');
			const count = wordsIn(words);
			// A whole quoted sentence is attributed by "Who said …?"; one word is rarely a stance.
			if (count < 2 || count > 7 || m.index === 0) continue;
			const start = m.index + m[0].indexOf(words);
			found.push({ sentence, words, start, end: start + words.length });
		}
	}
	const out: Candidate[] = [];
	for (const quote of found) {
		const prompt = gapPrompt(quote.sentence, quote.start, quote.end);
		if (prompt.split(CLOZE_BLANK).length !== 2) continue;
		const others = found.filter((o) => o.words.toLowerCase() !== quote.words.toLowerCase());
		const common = {
			prompt: `Complete the quoted words: ${prompt}`,
			skill: 'detail' as const,
			evidence: [quote.sentence],
			explanation: `The article says: “${quote.sentence.text}”`
		};
		const key = `quoted:${quote.sentence.id}:${hash32(quote.words)}`;
		const choice = singleChoice(
			common,
			quote.words,
			others.map((o) => ({
				text: o.words,
				feedback: 'These words are quoted elsewhere in the article, about something else.'
			}))
		);
		const draft = choice ?? cloze({ ...common, prompt }, [quote.words], []);
		out.push(
			...candidate(draft, choice ? 7 : 5.5, key).map((c) => ({
				...c,
				kind: 'reaction' as const,
				answer: quote.words
			}))
		);
	}
	return out;
}
