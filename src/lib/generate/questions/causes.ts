import { CLOZE_BLANK } from '../../question/schema';
import { candidate, cloze, singleChoice, trueFalse, type WrongOption } from '../compose/draft';
import { hash32 } from '../text/hash';
import { capitalize, normalizeAnswer, wordsIn } from '../text/normalize';
import type { Article, Candidate, Term } from '../types';
import { cleanClause, findCauseRelations, type CauseRelation } from './cause-patterns';

/**
 * Cause-and-effect questions: "what sparked the protests?" with other events of the article as wrong
 * options (its results first: a classic confusion of cause and effect), or a true/false with the
 * cause swapped when there are too few other events.
 */
export function causeQuestions(article: Article): Candidate[] {
	const relations = findCauseRelations(article);
	const out: Candidate[] = [];
	for (const relation of relations) {
		const key = `cause:${normalizeAnswer(relation.cause)}`;
		const wrong = eventDistractors(article, relations, relation);
		const explanation = `The article says: “${relation.sentence.text}”`;
		const common = {
			prompt: relation.prompt,
			skill: 'cause-effect' as const,
			evidence: [relation.sentence],
			explanation
		};
		const choice = singleChoice(common, capitalize(relation.cause), wrong);
		out.push(...candidate(choice, 9 + relation.weight, key));
		const at = relation.sentence.text.indexOf(relation.cause);
		if (
			!choice &&
			at >= 0 &&
			wordsIn(relation.cause) <= 5 &&
			relation.sentence.text.indexOf(relation.cause, at + 1) < 0 &&
			!relation.causeIsClause
		) {
			// Too few other events for options: ask for the cause as a gap in its own sentence.
			const prompt =
				relation.sentence.text.slice(0, at) +
				CLOZE_BLANK +
				relation.sentence.text.slice(at + relation.cause.length);
			out.push(...candidate(cloze({ ...common, prompt }, [relation.cause], []), 6, key));
		}
		const swap = wrong.find((w) => w.text.split(' ').length <= 5);
		const asked = /^According to the article, what (.+)\?$/.exec(relation.prompt)?.[1];
		if (swap && asked && !relation.causeIsClause) {
			const isTrue = hash32(key) % 2 === 1;
			const named = isTrue ? relation.cause : lowerStart(swap.text);
			out.push(
				...candidate(
					trueFalse(
						{
							prompt: `True or false? According to the article, ${named} ${asked}.`,
							skill: 'cause-effect',
							evidence: [relation.sentence],
							difficulty: 'easy',
							explanation: isTrue ? explanation : `False: ${explanation}`
						},
						isTrue
					),
					choice ? 5 : 7,
					key
				)
			);
		}
	}
	return out;
}

/** Distractors were capitalised as options; inside a sentence a common word starts lowercase. */
function lowerStart(text: string): string {
	return /^\p{Lu}[\p{Ll}-]+ \p{Ll}/u.test(text)
		? text.charAt(0).toLowerCase() + text.slice(1)
		: text;
}

/**
 * Other events of the article phrased like the answer: noun phrases ("fresh gunfire") for a noun
 * phrase, clauses ("Fresh gunfire was heard near the square") for a clause. Never one that overlaps
 * the answer, the effect asked about, or another option.
 */
function eventDistractors(
	article: Article,
	relations: readonly CauseRelation[],
	relation: CauseRelation
): WrongOption[] {
	const taken = [contentWords(relation.cause), contentWords(relation.effect)];
	const pool: WrongOption[] = [];
	const offer = (text: string, feedback?: string) => {
		const words = contentWords(text);
		if (words.size < 2) return;
		// "Broader protests" cannot be what sparked "the protests".
		const head = contentWords(text.split(/\s+/).pop() ?? '');
		if ([...head].some((w) => taken[1]!.has(w))) return;
		if (taken.some((t) => [...words].filter((w) => t.has(w)).length / words.size >= 0.34)) return;
		taken.push(words);
		pool.push(feedback ? { text: capitalize(text), feedback } : { text: capitalize(text) });
	};
	const asResult = 'The article presents this as a result, not as the cause asked about.';
	if (relation.causeIsClause) {
		// Other causes are never offered: in one story they are often causes of this effect too.
		for (const other of relations)
			if (other !== relation && other.effectIsClause) offer(other.effect, asResult);
		const otherCauses = relations.map((r) => r.cause.toLowerCase());
		for (const clause of eventClauses(article, relation)) {
			const lower = clause.toLowerCase();
			if (!otherCauses.some((c) => c.includes(lower) || lower.includes(c))) offer(clause);
		}
		return pool;
	}
	for (const other of relations) {
		if (other === relation || !other.effectIsPhrase) continue;
		for (const part of other.effect.split(/\s+and\s+(?=(?:an?|the)\s)/)) offer(part, asResult);
	}
	for (const phrase of eventPhrases(article)) offer(phrase);
	return pool;
}

/**
 * Short clauses that tell of something happening ("Fresh gunfire was heard near Almaty's main
 * square earlier on Friday"): the main clause of other sentences, with an opener such as
 * "According to the government," dropped. Pronoun subjects, questions and reported speech are left out.
 */
function eventClauses(article: Article, relation: CauseRelation): string[] {
	const clauses: string[] = [];
	for (const sentence of article.sentences) {
		if (sentence === relation.sentence || sentence.isQuestion || /[“”"]/.test(sentence.text))
			continue;
		const opener = /^[^,]{2,40},\s+/.exec(sentence.text);
		const body =
			opener && !/\b(?:is|are|was|were|has|have|had)\b/.test(opener[0])
				? sentence.text.slice(opener[0].length)
				: sentence.text;
		const clause = cleanClause(body);
		if (!clause || wordsIn(clause) < 4 || wordsIn(clause) > 14) continue;
		if (
			/^(?:there|according|in|on|at|during|after|before|so|but|and|as|when|while|if)\b/i.test(
				clause
			)
		)
			continue;
		const terms = sentence.terms.filter(
			(t) =>
				t.start >= sentence.text.indexOf(clause) &&
				t.end <= sentence.text.indexOf(clause) + clause.length
		);
		const happened = terms.some(
			(t) =>
				t.tags.has('Verb') &&
				(t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Modal'))
		);
		// "Kazakhstan is described as…", "Damage is estimated at…": a state, not something that happened.
		if (!happened || terms.some((t) => /^(?:is|are|am)$/.test(t.normal))) continue;
		if (terms.some((t) => REPORTING.test(t.normal))) continue;
		if (terms.some((t) => t.tags.has('Copula') && !t.tags.has('Auxiliary'))) continue;
		clauses.push(
			clause.charAt(0).toLowerCase() === clause.charAt(0)
				? clause
				: lowerFirstWord(clause, terms[0])
		);
	}
	return clauses.sort((a, b) => hash32(a) - hash32(b)).slice(0, 6);
}

function lowerFirstWord(clause: string, first: Term | undefined): string {
	return first && (first.tags.has('ProperNoun') || first.tags.has('Acronym'))
		? clause
		: clause.charAt(0).toLowerCase() + clause.slice(1);
}

const REPORTING = /^(?:said|say|says|told|tell|tells|added|claimed|claims|announced|reported)$/;

/** "All elections", "many cars": a quantity, not a description of an event. */
const QUANTIFIERS =
	/^(?:all|many|some|most|more|few|several|other|such|own|each|every|any|no|much|less|nearly|first|last|next|same|main)$/;

/** Head nouns that name events or changes, so a phrase can stand in for a cause. */
const EVENT_NOUN =
	/(?:tion|ment|ure|ance|ence|sis|fall|fire|crash|flood|storm|strike|war|riot|protest|crackdown|rise|drop|cut|ban|vote|deal|sale|offer|attack|rain|drought|shortage|increase|decrease|demand|price|cost|use|loss|growth|delay|closure|change)s?$/;

const STOP = new Set([
	'the',
	'a',
	'an',
	'of',
	'to',
	'in',
	'on',
	'and',
	'for',
	'by',
	'with',
	'was',
	'were',
	'is',
	'are',
	'has',
	'have',
	'had'
]);

function contentWords(text: string): Set<string> {
	return new Set(
		normalizeAnswer(text)
			.split(' ')
			.filter((w) => w && !STOP.has(w))
			.map((w) => w.replace(/s$/, ''))
	);
}

/** Adjective + noun phrases ("fresh gunfire", "a bloody crackdown"): events and states to mix in. */
function eventPhrases(article: Article): string[] {
	const phrases: string[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion) continue;
		const { terms } = sentence;
		for (let i = 0; i < terms.length - 1; i += 1) {
			const adjective = terms[i]!;
			const noun = terms[i + 1]!;
			if (
				!adjective.tags.has('Adjective') ||
				!noun.tags.has('Noun') ||
				noun.tags.has('ProperNoun') ||
				noun.tags.has('Pronoun')
			)
				continue;
			if (!EVENT_NOUN.test(noun.normal) || QUANTIFIERS.test(adjective.normal)) continue;
			if (/[,;:"“”]/.test(adjective.post)) continue;
			let end = i + 2;
			if (
				terms[end]?.tags.has('Noun') &&
				!/[,;:]/.test(noun.post) &&
				!terms[end]!.tags.has('ProperNoun')
			)
				end += 1;
			const text = terms
				.slice(i, end)
				.map((t) => t.text)
				.join(' ')
				.replace(/[^\p{L}\p{N}\s-]/gu, '');
			if (text.split(' ').length >= 2) phrases.push(text.toLowerCase());
		}
	}
	return [...new Set(phrases)].sort((a, b) => hash32(a) - hash32(b)).slice(0, 6);
}
