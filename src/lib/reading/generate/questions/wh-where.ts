import type { Clause } from '../analyze/clauses';
import { SPEECH_VERBS } from '../analyze/clauses/lexicon';
import { invertWithWh, stripFinalPunctuation } from '../text/grammar';
import { containsAnswer, wordsIn } from '../text/normalize';
import { VAGUE_HEAD, wellFormed } from '../text/question-grammar';
import type { Article, ArticleSentence, Candidate, Mention } from '../types';
import { bareOf, phraseAnswer, wholeSubject } from './clause-parts';
import { nounPhraseAt } from './wh-object';

/** Prepositions that say where a clause happened: "held in detention facilities". */
const WHERE_PREPOSITION = /^(?:in|at|inside|outside|near)$/;

/**
 * Common nouns that name a place, so "in the halls of Congress" answers "Where?" but "in a
 * statement" or "in the debate" does not.
 */
const PLACE_NOUN =
	/^(?:halls?|facilit(?:y|ies)|prisons?|jails?|camps?|cent(?:er|re)s?|courts?|courtrooms?|offices?|headquarters|embass(?:y|ies)|consulates?|buildings?|city|cities|towns?|villages?|capitals?|regions?|provinces?|border|borders|streets?|squares?|parks?|airports?|ports?|stations?|hospitals?|schools?|church(?:es)?|mosques?|temples?|parliament|chambers?|homes?|districts?|neighbo(?:u)?rhoods?|shelters?|housing|bases?|markets?|factor(?:y|ies)|plants?|mines?|sites?|venues?|hotels?|islands?|coast|stadiums?|arenas?|universit(?:y|ies)|campus|museums?|cemeter(?:y|ies)|palace|residences?|compounds?|ministr(?:y|ies)|countryside|suburbs?|waters|port|harbou?r|bridge|highway|capitol)$/;

/** Where the clause's own words end and a reason or time clause starts. */
const CLAUSE_BREAK = /\s(?:because|after|before|as|when|while|since|amid|until|unless|if|so)\b.*$/i;

/**
 * "Where are the lawyers' clients being held?" → "detention facilities": a place named by a
 * common noun after a locative preposition in the verb phrase. Named places get their own
 * question with options (wh.ts); this one takes what no entity covers.
 */
export function whereQuestion(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	mentions: readonly Mention[]
): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb || !wholeSubject(sentence, subject)) return [];
	const { terms } = sentence;
	if (/[,;:]/.test(terms[verb.to - 1]!.post)) return [];
	// Where someone "told reporters" or "said" something is the setting, not the news.
	if (terms.slice(verb.from, verb.to).some((t) => SPEECH_VERBS.has(t.normal))) return [];
	for (let at = verb.to; at < Math.min(clause.lastTerm - 1, verb.to + 6); at += 1) {
		const term = terms[at]!;
		if (/[,;:]/.test(term.post)) return [];
		if (!WHERE_PREPOSITION.test(term.normal)) {
			// Only an object may come between the verb and the place: "held talks at the embassy".
			if (term.tags.has('Preposition') || term.tags.has('Verb') || term.normal === 'to') return [];
			continue;
		}
		let end = nounPhraseAt(terms, at + 1, clause.lastTerm);
		if (end === undefined) return [];
		// "in the halls of Congress Wednesday": the day is when, not where.
		const dated = terms.slice(at + 1, end).findIndex((t) => t.tags.has('Date'));
		if (dated === 0) return [];
		if (dated > 0) end = at + 1 + dated;
		// "outside the main factory | gates": a phrase cut before the noun that heads it.
		const next = terms[end];
		if (
			next &&
			!next.tags.has('Date') &&
			!/[,;:.!?)"”]/.test(terms[end - 1]!.post) &&
			((next.tags.has('Noun') && !next.tags.has('Pronoun')) ||
				(next.tags.has('PresentTense') && /s$/.test(next.normal)))
		)
			return [];
		const head = terms
			.slice(at + 1, end)
			.map((t) => t.normal)
			.filter((word) => PLACE_NOUN.test(word));
		if (head.length === 0) return [];
		// A named place is asked with options by wh.ts; a name inside "the halls of Congress" is fine.
		if (mentions.some((m) => m.firstTerm === at + 1 || m.firstTerm === at + 2)) return [];
		const phrase = sentence.text
			.slice(terms[at + 1]!.start, terms[end - 1]!.end)
			.replace(/[,.;:!?"”)]+$/, '');
		if (VAGUE_HEAD.test(`the ${bareOf(phrase)}`) || /^(?:the|this|that)\s+\w+$/i.test(phrase))
			return [];
		const before = sentence.text.slice(
			terms[verb.to]?.start ?? terms[verb.to - 1]!.end,
			terms[at]!.start
		);
		const after = stripFinalPunctuation(
			(
				sentence.text
					.slice(terms[end - 1]!.end, terms[clause.lastTerm - 1]!.end)
					.split(/;|:(?!\d)|,\s/)[0] ?? ''
			).replace(CLAUSE_BREAK, '')
		);
		// What follows the place stays only when short and self-contained: "with no access to
		// information about their children" would bring a pronoun the question cannot resolve.
		const kept =
			wordsIn(after) <= 5 && !/\b(?:it|its|they|them|their|he|she|his|her)\b/i.test(after)
				? after
				: '';
		const rest = `${before} ${kept}`.replace(/\s+/g, ' ').trim();
		if (wordsIn(rest) > 10) return [];
		// A subject with a relative clause is cut to its head by `questionSubject` where that
		// reads well: "Where did undocumented immigrants demonstrate?".
		const prompt = invertWithWh(article, sentence, verb.from, verb.to, 'Where', rest, subject.from);
		if (!prompt || !wellFormed(prompt, article.introducedNouns) || containsAnswer(prompt, phrase))
			return [];
		// "Where are our clients being held?": a quoted speaker's "our" is not the reader's.
		if (/\b(?:I|we|us|our|my|me)\b/i.test(prompt)) return [];
		return phraseAnswer(prompt, sentence, phrase, {
			skill: 'geography',
			kind: 'place',
			score: 6.5,
			factKey: `place:${sentence.id}:${bareOf(phrase).toLowerCase()}`
		});
	}
	return [];
}
