import { CLOZE_BLANK } from '../../../quiz/question';
import { gapPrompt } from '../compose/clause-gap';
import { candidate, cloze, singleChoice } from '../compose/draft';
import { fnv1a32 } from '../../../core/hash';
import { wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate } from '../types';

/** A short quotation inside a sentence: "extraordinary and insubordinate", “witch hunt”. */
const SHORT_QUOTE = /[“"]([^”"]{3,60})[”"]/g;

interface QuotedWords {
	sentence: ArticleSentence;
	words: string;
	start: number;
	end: number;
	/** What the words are, so only words of the same shape stand in for them as options. */
	shape: string;
}

/** "a witch hunt" (noun phrase), "extraordinary and insubordinate" (adjectives), a clause. */
function shapeOf(sentence: ArticleSentence, start: number, end: number): string {
	const terms = sentence.terms.filter((t) => t.start >= start - 1 && t.end <= end + 1);
	const last = terms[terms.length - 1];
	if (!last) return 'other';
	if (terms.some((t) => t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Gerund')))
		return 'clause';
	if (last.tags.has('Noun')) return 'noun';
	if (last.tags.has('Adjective') || last.tags.has('Participle')) return 'adjective';
	return 'other';
}

/**
 * The words a person chose, quoted inside a sentence, are how a news article reports a stance:
 * "called the decision “extraordinary and insubordinate”". The question is a gap for those words
 * in their clause; its options are the article's other quoted words of the same shape (a noun
 * phrase for a noun phrase), typed when there are too few.
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
			const end = start + words.length;
			found.push({ sentence, words, start, end, shape: shapeOf(sentence, start, end) });
		}
	}
	const out: Candidate[] = [];
	for (const quote of found) {
		const prompt = gapPrompt(quote.sentence, quote.start, quote.end);
		if (prompt.split(CLOZE_BLANK).length !== 2) continue;
		const common = {
			prompt,
			skill: 'detail' as const,
			evidence: [quote.sentence],
			explanation: `The article says: “${quote.sentence.text}”`
		};
		const key = `quoted:${quote.sentence.id}:${fnv1a32(quote.words)}`;
		// Other quoted words of the same shape read in the gap; any other shape would not.
		const others = found
			.filter((o) => o.shape === quote.shape && o.shape !== 'other')
			.filter((o) => o.words.toLowerCase() !== quote.words.toLowerCase())
			.map((o) => ({
				text: o.words,
				feedback: 'These words are quoted elsewhere in the article.'
			}));
		const choice = singleChoice(
			{ ...common, prompt: `Choose the words the article quotes: ${prompt}` },
			quote.words,
			others
		);
		// Typed, a long quotation is recalled word for word: raters dropped six of eight such gaps
		// ("the investigation and the investigation's credibility"); a short judgement they kept.
		if (!choice && wordsIn(quote.words) > TYPED_QUOTE_WORDS) continue;
		const draft = choice ?? cloze(common, withoutLeadingVerb(quote.words), []);
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

/** "was extraordinary and insubordinate": a judgement short enough to recall as typed words. */
const TYPED_QUOTE_WORDS = 4;

/**
 * "was extraordinary and insubordinate" is also answered "extraordinary and insubordinate": the
 * judgement is in the words after the verb the quotation happens to start with.
 */
function withoutLeadingVerb(words: string): string[] {
	const rest = words.replace(/^(?:(?:has|have|had) been|was|were|is|are|be|been)\s+/i, '');
	return rest !== words && wordsIn(rest) >= 1 ? [words, rest] : [words];
}
