import type { Clause } from '../analyze/clauses';
import { isAuxiliary } from '../analyze/clauses/lexicon';
import { invertWithWh, lemmaOf } from '../text/grammar';
import { nounClasses } from '../text/noun-class';
import { containsAnswer, wordsIn } from '../text/normalize';
import { VAGUE_HEAD, wellFormed } from '../text/question-grammar';
import type { Article, ArticleSentence, Candidate, Mention, Term } from '../types';
import {
	bareOf,
	clauseKey,
	opensWithPronoun,
	phraseAnswer,
	SAYING,
	wholeSubject
} from './clause-parts';
import { endsNounPhrase, nounPhraseAt, opensInfinitive, PARTICLE, PEOPLE_NOUN } from './wh-object';

/** Nouns that make an idiom with the preposition before them: "into account", "on hold". */
const IDIOM_NOUN =
	/^(?:account|consideration|effect|force|place|custody|question|charge|hold|mind|view|doubt|jeopardy|limbo|turn|order|line)$/;

/**
 * Prepositions that tie a verb (or a verb and its object) to what it is about: "charged with
 * conspiracy", "sued the government over its policy", "was introduced by Mike Coffman". Place and
 * time prepositions ("in", "at") are the where- and when-questions' job.
 */
const COMPLEMENT_PREPOSITION = /^(?:with|over|against|about|for|into|to|as|by|from|on)$/;

/** Verbs of going somewhere: what follows their "to" is where. */
const MOTION = /^(?:go|come|travel|fly|move|return|head|drive|walk|sail|march|flee|rush|retreat)$/;

/** Forms of "be" that make a participle after them passive. */
const BE = /^(?:is|are|was|were|be|been|being|am)$/;

const POSSESSIVE_DETERMINER = /^(?:its|their|his|her|our)$/;

/**
 * "What were Manafort and Kilimnik charged with?", "Who was the petition introduced by?", "What did
 * three parents sue the government over?": the noun phrase a clause's verb takes through a
 * preposition, asked with the preposition left at the end. The answer is typed; it accepts the phrase
 * with or without its determiner.
 */
export function prepositionQuestion(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	mentions: readonly Mention[]
): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb || clause.quoted || !wholeSubject(sentence, subject)) return [];
	const { terms } = sentence;
	// "Who was that petition introduced by?": which petition is the sentence before's to say.
	if (opensWithPronoun(terms[subject.from]!)) return [];
	const verbEnd = participleGroupEnd(terms, verb.from, verb.to, clause.lastTerm);
	const verbTerms = terms.slice(verb.from, verbEnd).filter((t) => t.tags.has('Verb'));
	const main = verbTerms.at(-1);
	if (!main || /[,;:]/.test(terms[verbEnd - 1]!.post)) return [];
	const lemma = lemmaOf(main);
	// "was in Washington", "said to reporters": a bare copula or a verb of saying asks nothing here.
	if (SAYING.test(lemma) || (verbTerms.length === 1 && main.tags.has('Copula'))) return [];
	const passive =
		verbTerms.some((t) => BE.test(t.normal)) &&
		(main.tags.has('Participle') || main.tags.has('PastTense'));

	let at = verbEnd;
	if (at < clause.lastTerm && PARTICLE.test(terms[at]!.normal)) at += 1;
	const objectFrom = at;
	if (!COMPLEMENT_PREPOSITION.test(terms[at]?.normal ?? '')) {
		const objectEnd = nounPhraseAt(terms, at, clause.lastTerm);
		if (objectEnd === undefined || /[,;:]/.test(terms[objectEnd - 1]!.post)) return [];
		at = objectEnd;
	}
	const preposition = terms[at];
	if (!preposition || !COMPLEMENT_PREPOSITION.test(preposition.normal)) return [];
	// "Deferred Action for Childhood Arrivals": a preposition inside a name joins no verb to anything.
	if (
		mentions.some((m) => m.firstTerm < at && m.lastTerm > at) ||
		(/^[A-Z]/.test(terms[at - 1]?.text ?? '') && /^[A-Z]/.test(terms[at + 1]?.text ?? ''))
	)
		return [];
	// "comes as Democrats urge…": "as" straight after the verb opens a clause; "cited X as Y" does not.
	if (preposition.normal === 'as' && at === objectFrom) return [];
	if (preposition.normal === 'by' && !passive) return [];
	// An object before the preposition keeps the question about one thing: "sue the government over".
	if (at > objectFrom && preposition.normal === 'by') return [];
	if (/[,;:]/.test(preposition.post)) return [];

	const answerFrom = at + 1;
	// "had taken into account forecast inflation", "put on hold": the preposition and its bare noun
	// are one idiom with the verb, and "What had the commission taken into?" asks nothing.
	if (IDIOM_NOUN.test(terms[answerFrom]?.normal ?? '')) return [];
	const determiner = POSSESSIVE_DETERMINER.test(terms[answerFrom]?.normal ?? '') ? 1 : 0;
	let answerEnd = nounPhraseAt(terms, answerFrom + determiner, clause.lastTerm);
	if (answerEnd === undefined) return [];
	// "by Mike Coffman earlier this year": the time is when, not part of the thing asked for.
	let dated = terms
		.slice(answerFrom, answerEnd)
		.findIndex((t) => t.tags.has('Date') || t.tags.has('Duration'));
	while (dated > 0 && !terms[answerFrom + dated - 1]!.tags.has('Noun')) dated -= 1;
	if (dated === 0) return [];
	const endsAtTime = dated > 0;
	if (endsAtTime) answerEnd = answerFrom + dated;
	// "pushed for the spending bill to include a fix": what was pushed for is the bill including it.
	if (preposition.normal === 'for' && opensInfinitive(terms, answerFrom, answerEnd)) return [];
	// "queued from early morning (outside the clinic)": a time is when, and "What did parents queue
	// from?" asks no thing.
	const firstNoun = terms.slice(answerFrom, answerEnd).find((t) => t.tags.has('Noun'));
	if (firstNoun && nounClasses(firstNoun.normal)?.every((kind) => kind === 'time')) return [];
	answerEnd = withComplements(terms, answerEnd, clause.lastTerm);
	const answerTerms = terms.slice(answerFrom, answerEnd);
	const head = answerTerms.at(-1)!;
	if (!head.tags.has('Noun') || head.tags.has('Pronoun') || head.tags.has('Date')) return [];
	// The phrase must end where a noun phrase can: not "the immigration | debate".
	const next = terms[answerEnd];
	const boundary =
		endsAtTime ||
		endsNounPhrase(terms, answerEnd, clause.lastTerm) ||
		next?.tags.has('Date') === true ||
		/^(?:that|and)$/.test(next?.normal ?? '');
	if (!boundary) return [];
	// "and" joins a second thing to the answer: half an answer is wrong.
	if (
		/^(?:and|or)$/.test(next?.normal ?? '') &&
		!/[,;:]/.test(terms[answerEnd - 1]!.post) &&
		nounPhraseAt(terms, answerEnd + 1, clause.lastTerm) !== undefined
	)
		return [];
	// "comes as Democrats push…": the noun phrase is the subject of a clause, not the verb's complement.
	if (next?.tags.has('Verb') && !/[,;:]/.test(terms[answerEnd - 1]!.post)) return [];

	// "as a result of", "for example": a connective, not a complement.
	if (
		/^(?:as a result|for example|for instance|as part)\b/i.test(
			sentence.text.slice(preposition.start)
		)
	)
		return [];

	// "the Deferred Action | on Childhood Arrivals program": a name that goes on past a small word.
	if (
		/^\p{Lu}/u.test(terms[answerEnd - 1]!.text) &&
		/^(?:of|on|for|and)$/.test(terms[answerEnd]?.normal ?? '') &&
		!/[,;:]/.test(terms[answerEnd - 1]!.post) &&
		/^\p{Lu}/u.test(terms[answerEnd + 1]?.text ?? '')
	)
		return [];
	// "limited to 50 people": a count is the how-many questions' ("Who … limited to?" asks no one).
	if (terms[answerFrom]!.tags.has('Value')) return [];
	const overlapping = mentions.filter((m) => m.firstTerm < answerEnd && m.lastTerm > answerFrom);
	// Places ("moved from Mexico") are the where-question's; named people and bodies the who-questions'.
	if (overlapping.some((m) => m.kind === 'place' || m.kind === 'country')) return [];
	// "a drag flick from Lotte Jansen past Ferreyra": two people in one answer run on past the first.
	if (overlapping.filter((m) => m.kind === 'person').length > 1) return [];
	// "Obama's response" is a thing: only a phrase whose head is a person is asked with "Who".
	const person =
		overlapping.some((m) => m.kind === 'person' && m.lastTerm === answerEnd) ||
		PEOPLE_NOUN.test(head.normal) ||
		(head.tags.has('Actor') && !overlapping.some((m) => m.kind === 'organization'));
	const phrase = sentence.text
		.slice(terms[answerFrom]!.start, terms[answerEnd - 1]!.end)
		.replace(/[,.;:!?"”)]+$/, '');
	if (VAGUE_HEAD.test(`the ${bareOf(phrase)}`) || wordsIn(phrase) > 8) return [];
	// "from his team" → "team": one common noun alone names too little to be worth typing.
	if (wordsIn(bareOf(phrase)) < 2 && !head.tags.has('ProperNoun')) return [];
	// The object stays in the question: it must be a thing the student can place without the sentence.
	const object = sentence.text
		.slice(terms[objectFrom]?.start ?? 0, preposition.start)
		.trim()
		.replace(/[,;:]$/, '');
	if (object && (terms[objectFrom]!.tags.has('Pronoun') || wordsIn(object) > 8)) return [];
	const particles = terms
		.slice(verbEnd, objectFrom)
		.map((t) => t.text)
		.join(' ');
	// "went to Masterpiece Cakeshop" → "Where did they go?": after a verb of motion, "to" leads to a place.
	const destination =
		!person && /^(?:to|into)$/.test(preposition.normal) && MOTION.test(lemma) && at === objectFrom;
	// "What was the strike called by?": the doer of a passive is someone; a body is asked by the
	// subject questions ("Which organization …?"), a thing is no doer.
	if (preposition.normal === 'by' && !person) return [];
	const rest = [particles, at > objectFrom ? object : '', destination ? '' : preposition.text]
		.filter(Boolean)
		.join(' ');
	const prompt = invertWithWh(
		article,
		sentence,
		verb.from,
		verbEnd,
		destination ? 'Where' : person ? 'Who' : 'What',
		rest,
		subject.from
	);
	if (
		!prompt ||
		!wellFormed(prompt, article.introducedNouns) ||
		containsAnswer(prompt, bareOf(phrase))
	)
		return [];
	return phraseAnswer(prompt, sentence, phrase, {
		skill: 'detail',
		kind: person ? 'person' : destination ? 'place' : 'event',
		score: 6,
		factKey: clauseKey(clause)
	});
}

/**
 * The answer's end once its infinitive and a joined second noun phrase are in: "conspiracy to
 * obstruct justice and obstruction of justice" is what they were charged with, not "conspiracy".
 */
function withComplements(terms: readonly Term[], end: number, limit: number): number {
	let out = end;
	if (
		terms[out]?.normal === 'to' &&
		terms[out + 1]?.tags.has('Verb') &&
		!/[,;:]/.test(terms[out - 1]!.post)
	) {
		const objectEnd = nounPhraseAt(terms, out + 2, limit);
		if (objectEnd === undefined) return end;
		out = objectEnd;
	}
	if (/^(?:and|or)$/.test(terms[out]?.normal ?? '') && !/[,;:]/.test(terms[out - 1]!.post)) {
		const joinedEnd = nounPhraseAt(terms, out + 1, limit);
		if (joinedEnd !== undefined) out = joinedEnd;
	}
	return out;
}

/**
 * Where a verb group ends once the adverbs and participles the clause reader left out are back:
 * "were | both charged", "has | since been reassigned".
 */
function participleGroupEnd(
	terms: readonly Term[],
	from: number,
	to: number,
	limit: number
): number {
	const first = terms[from];
	if (!isAuxiliary(first) && !/^(?:has|have|had)$/.test(first?.normal ?? '')) return to;
	let end = to;
	let scan = to;
	while (scan < limit && scan - to < 4) {
		const term = terms[scan]!;
		if (term.tags.has('Negative') || /[,;:]/.test(terms[scan - 1]!.post)) break;
		if (
			(term.tags.has('Adverb') && !term.tags.has('Preposition')) ||
			/^(?:both|all|each|since)$/.test(term.normal)
		) {
			scan += 1;
			continue;
		}
		if (
			BE.test(term.normal) ||
			(term.tags.has('Verb') && (term.tags.has('Participle') || term.tags.has('PastTense')))
		) {
			scan += 1;
			end = scan;
			continue;
		}
		break;
	}
	return end;
}
