import { gapPrompt } from '../compose/clause-gap';
import { candidate, cloze } from '../compose/draft';
import { CLOZE_BLANK } from '../../../quiz/question';
import { contentWords } from '../facts/centrality';
import { containsAnswer, normalizeAnswer, nounPhraseForms } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, Term } from '../types';

/** Heads that name no thing a reader must remember: "last week", "some people", "the way". */
export const EMPTY_HEAD =
	/^(?:time|times|week|weeks|year|years|day|days|month|months|people|person|thing|things|way|ways|part|lot|number|kind|sort|place|end|side|point|fact|case|issue|matter|morning|afternoon|evening|night|today|tomorrow)$/;

interface KeyPhrase {
	sentence: ArticleSentence;
	text: string;
	start: number;
	end: number;
	/** How many of its words recur elsewhere in the article. */
	recurrence: number;
}

/**
 * The article's key noun phrases: two to five words of adjectives and nouns ending on a noun
 * ("discharge petition", "zero tolerance policy", "temporary protection"), not a name (names have
 * their own questions), with words that recur in the article. Each becomes a gap in its clause.
 */
export function phraseQuestions(article: Article): Candidate[] {
	const frequency = new Map<string, number>();
	for (const sentence of article.sentences)
		for (const word of contentWords(sentence)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const phrases: KeyPhrase[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion) continue;
		const named = article.mentions.filter((m) => m.sentence === sentence);
		for (const [from, to] of nounRuns(sentence.terms)) {
			if (named.some((m) => m.firstTerm < to && m.lastTerm > from)) continue;
			const words = sentence.terms.slice(from, to);
			const head = words[words.length - 1]!;
			if (
				EMPTY_HEAD.test(head.normal) ||
				words.some((t) => /^\p{Lu}/u.test(t.text) && t !== words[0])
			)
				continue;
			const start = words[0]!.start;
			// "four-point immigration plan", "end-of-year pileup": a gap inside a compound word.
			if (/[\p{L}\p{N}-]/u.test(sentence.text.charAt(start - 1))) continue;
			const end = head.end;
			const text = sentence.text.slice(start, end).replace(/[,.;:!?"”’)]+$/, '');
			const recurrence = words.filter(
				(t) => (frequency.get(t.normal.replace(/s$/, '')) ?? 0) >= 2
			).length;
			phrases.push({ sentence, text, start, end: start + text.length, recurrence });
		}
	}
	const out: Candidate[] = [];
	for (const phrase of phrases) {
		const prompt = gapPrompt(phrase.sentence, phrase.start, phrase.end);
		if (prompt.split(CLOZE_BLANK).length !== 2) continue;
		// Refused answers are the phrases a student could mistake for this one: the same head noun.
		const head = (text: string) => normalizeAnswer(text).split(' ').pop();
		const others = phrases
			.filter((p) => normalizeAnswer(p.text) !== normalizeAnswer(phrase.text))
			.filter((p) => head(p.text) === head(phrase.text))
			.slice(0, 4);
		// A shorter form the prompt itself shows would be no answer at all.
		const forms = nounPhraseForms(phrase.text).filter((form) => !containsAnswer(prompt, form));
		if (forms.length === 0) continue;
		const draft = cloze(
			{
				prompt,
				skill: 'detail',
				evidence: [phrase.sentence],
				difficulty: 'medium',
				explanation: `The article says: “${phrase.sentence.text}”`
			},
			forms,
			others.map((o) => o.text)
		);
		// A phrase whose words the article repeats is one of its subjects; a one-off is colour.
		const score = 4.5 + Math.min(1.5, phrase.recurrence * 0.75);
		out.push(
			...candidate(
				draft,
				score,
				`phrase:${phrase.sentence.id}:${normalizeAnswer(phrase.text)}`
			).map((c) => ({ ...c, kind: 'event' as const, answer: phrase.text }))
		);
	}
	return out;
}

/** Maximal runs of adjectives and nouns (no pronoun, determiner or number) of 2–5 words. */
export function nounRuns(terms: readonly Term[]): [number, number][] {
	const runs: [number, number][] = [];
	let i = 0;
	while (i < terms.length) {
		let j = i;
		while (
			j < terms.length &&
			isPhraseWord(terms[j]!) &&
			(j === i || !/[,;:.!?)"”]/.test(terms[j - 1]!.post)) &&
			// "give recipients | temporary protection": an adjective after a noun starts a new phrase.
			!(
				j > i &&
				terms[j]!.tags.has('Adjective') &&
				!terms[j]!.tags.has('Noun') &&
				terms[j - 1]!.tags.has('Noun')
			)
		)
			j += 1;
		while (j > i && !terms[j - 1]!.tags.has('Noun')) j -= 1;
		// "too many school | days": a run that stops before the noun heading it (a day or a year
		// ends no run) is no phrase of its own.
		const cutBeforeHead =
			j > i &&
			terms[j]?.tags.has('Noun') === true &&
			!terms[j]!.tags.has('Pronoun') &&
			!/[,;:.!?)"”]/.test(terms[j - 1]!.post);
		if (j - i >= 2 && j - i <= 5 && !cutBeforeHead) runs.push([i, j]);
		i = Math.max(j, i + 1);
	}
	return runs;
}

function isPhraseWord(term: Term): boolean {
	const tags = term.tags;
	// "as a number have in recent years": an auxiliary compromise took for a noun ends the phrase.
	if (/^(?:have|has|had|be|been|being|do|does|did|is|are|was|were)$/.test(term.normal))
		return false;
	// "Concern over supply": a preposition compromise took for an adjective opens no phrase.
	if (/^(?:over|about|above|under|out|up|down|off|in|on|after|before)$/.test(term.normal))
		return false;
	if (tags.has('Pronoun') || tags.has('Determiner') || tags.has('Value') || tags.has('Possessive'))
		return false;
	// "a flight Sunday": a day or month is when, not part of what.
	if (tags.has('Date') || tags.has('WeekDay') || tags.has('Month')) return false;
	if (tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective')) return false;
	return (
		(tags.has('Noun') || tags.has('Adjective')) &&
		/^[\p{L}-]+$/u.test(term.text.replace(/[’']s$/, ''))
	);
}
