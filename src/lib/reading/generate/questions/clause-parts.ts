import type { Clause } from '../analyze/clauses';
import { candidate, shortAnswer } from '../compose/draft';
import { containsAnswer, nounPhraseForms } from '../text/normalize';
import type { ArticleSentence, Candidate, FactKind, Term } from '../types';

/**
 * Whether the subject range holds the whole noun phrase: not "budget deal" out of "The Senate's
 * two-year budget deal", nor "lawmakers' attention" out of "With lawmakers' attention focused…".
 */
export function wholeSubject(
	sentence: ArticleSentence,
	subject: { from: number; to: number }
): boolean {
	const before = sentence.terms[subject.from - 1];
	const last = sentence.terms[subject.to - 1];
	// "Chad, another predominantly Muslim nation, was …": an apposition is not the subject.
	if (before && /,/.test(before.post) && last && /,/.test(last.post)) return false;
	if (!before || /[,;:—–]/.test(before.post)) return true;
	// "said Friday the report …": a day or date before the subject is no part of it.
	if (
		before.tags.has('Date') &&
		!before.tags.has('Duration') &&
		!before.tags.has('Possessive') &&
		!before.text.includes('-')
	)
		return true;
	// "Harris, Durbin and Cory Booker joined …": the last of joined names is not the subject.
	if (/^(?:and|or|nor)$/.test(before.normal)) return false;
	return !(
		before.tags.has('Adverb') ||
		before.tags.has('Possessive') ||
		before.tags.has('Determiner') ||
		before.tags.has('Adjective') ||
		before.tags.has('Preposition') ||
		/['’]s?$/.test(before.text) ||
		before.tags.has('Noun')
	);
}

/**
 * What follows a verb's object when the verb goes on in an infinitive, maybe past an aside:
 * "allows federations(, dozens of which are based there,) to be investigated".
 */
export const INFINITIVE_GOES_ON = /^(?:,[^,;:]{1,80},)?\s+to\s+(?:be\s+)?\p{Ll}+/u;

/** Verbs of saying, as lemmas: who said what is the quote questions' job, and rarely the fact. */
export const SAYING =
	/^(?:say|tell|write|add|note|explain|claim|argue|report|announce|state|confirm|tweet|ask|reply|respond)$/;

/** A subject that opens with a pronoun ("They", "It", "this") names no one without the sentence before. */
export const opensWithPronoun = (term: Term): boolean =>
	term.tags.has('Pronoun') || /^(?:this|that|these|those|it|there)$/i.test(term.normal);

/** "the latest pay offer" → "latest pay offer". */
export function bareOf(phrase: string): string {
	return phrase.replace(/^(?:a|an|the|this|that|its|their|his|her)\s+/i, '');
}

/** Who did what to whom in one clause is one fact: its subject and its object are not asked both. */
export function clauseKey(clause: Clause): string {
	return `clause:${clause.sentence.id}:${clause.start}`;
}

/**
 * A typed-answer question whose answer is a noun phrase of the sentence: it accepts the phrase
 * with or without its determiner (and its last two words), never a form the prompt already shows.
 */
export function phraseAnswer(
	prompt: string,
	sentence: ArticleSentence,
	phrase: string,
	asked: { skill: 'detail' | 'geography'; kind: FactKind; score: number; factKey: string }
): Candidate[] {
	const bare = bareOf(phrase);
	const common = {
		prompt,
		skill: asked.skill,
		evidence: [sentence],
		explanation: `The article says: “${sentence.text}”`
	};
	return candidate(
		shortAnswer(
			common,
			[bare, ...nounPhraseForms(phrase)].filter((form) => !containsAnswer(prompt, form))
		),
		asked.score,
		asked.factKey
	).map((c) => ({ ...c, kind: asked.kind, answer: bare }));
}

/** A word of a list's item: none that opens a clause or an aside ("which", "including"). */
const ITEM_WORD =
	"(?!(?:which|who|whom|whose|that|including|where|when|while|because|after|before|as)\\b)[\\p{L}\\p{N}'’.&-]+";
/** An item of a list: a short noun phrase of up to six words. */
const LIST_ITEM = `(?:${ITEM_WORD}\\s+){0,5}${ITEM_WORD}`;
const LIST_GOES_ON = new RegExp(
	`^,\\s+(?:${LIST_ITEM},\\s+)*${LIST_ITEM},?\\s+(?:and|or)\\s+${LIST_ITEM}(?=$|[,;:.!?])`,
	'u'
);

/**
 * Whether the words after a phrase's comma go on to more items of a list, up to its "and" or "or"
 * (", the Rural Alliance and the liberal Forward party"): the phrase is then its first item, and
 * as an answer, or as the end of a question, half of it. An aside is no item (", including his
 * decision to … and …", ", a measure that …").
 */
export const continuesList = (after: string): boolean => LIST_GOES_ON.test(after);

/** The rest of the list the words after a phrase's comma go on with, or undefined. */
export const listRest = (after: string): string | undefined => LIST_GOES_ON.exec(after)?.[0];

/**
 * Whether a participle follows a noun between two terms: "follows a law passed by the parliament
 * | in 2022", where a date or place after it is the participle's, not the clause verb's.
 */
export function participleAfterNoun(terms: readonly Term[], from: number, to: number): boolean {
	for (let k = from + 1; k < to; k += 1) {
		const word = terms[k]!;
		const before = terms[k - 1]!;
		if (
			(word.tags.has('Participle') || word.tags.has('PastTense')) &&
			!word.tags.has('Auxiliary') &&
			before.tags.has('Noun') &&
			!before.tags.has('Pronoun') &&
			!/[,;:]/.test(before.post)
		)
			return true;
	}
	return false;
}
