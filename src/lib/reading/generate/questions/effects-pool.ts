import { fnv1a32 } from '../../../core/hash';
import { lowerFirst } from '../text/lower-first';
import { normalizeAnswer, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence } from '../types';
import { cleanClause } from './cause-patterns';

/**
 * Short clauses that tell of something happening ("Fresh gunfire was heard near Almaty's main
 * square earlier on Friday"): the main clause of other sentences, with an opener such as
 * "According to the government," dropped. Pronoun subjects, questions and reported speech are left out.
 */
export function eventClauses(article: Article, skip: readonly ArticleSentence[]): string[] {
	const clauses: string[] = [];
	for (const sentence of article.sentences) {
		if (skip.includes(sentence) || sentence.isQuestion || /[“”"]/.test(sentence.text)) continue;
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
		// "Some were moved to Arequipa by bus": who "some" are, only the sentence before says.
		if (STANDS_FOR_A_NOUN.test(terms[0]?.normal ?? '') && terms[1]?.tags.has('Verb')) continue;
		if (terms.some((t) => t.tags.has('Copula') && !t.tags.has('Auxiliary'))) continue;
		// "Trump's tweet recalled the bitter": a clause cut before its noun is no event.
		const last = terms[terms.length - 1];
		if (!last || !(last.tags.has('Noun') || last.tags.has('Value') || last.tags.has('Verb')))
			continue;
		if (last.tags.has('Adjective') && !last.tags.has('Noun')) continue;
		clauses.push(lowerFirst(clause, { term: terms[0] }));
	}
	return clauses.sort((a, b) => fnv1a32(a) - fnv1a32(b)).slice(0, 6);
}

const REPORTING = /^(?:said|say|says|told|tell|tells|added|claimed|claims|announced|reported)$/;
/** A word that stands for a noun said before: "some", "others", "they". */
const STANDS_FOR_A_NOUN =
	/^(?:some|many|most|others?|several|few|all|both|none|one|they|he|she|it|we|this|these|those)$/;

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

export function contentWords(text: string): Set<string> {
	return new Set(
		normalizeAnswer(text)
			.split(' ')
			.filter((w) => w && !STOP.has(w))
			.map((w) => w.replace(/s$/, ''))
	);
}

/** Adjective + noun phrases ("fresh gunfire", "a bloody crackdown"): events and states to mix in. */
export function eventPhrases(article: Article): string[] {
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
			// "centre-right government": half of a hyphenated word is not the article's phrase.
			if (terms[i - 1]?.post === '-') continue;
			let end = i + 2;
			// "the largest telecommunications company": a superlative picks out a thing, no event.
			if (adjective.tags.has('Superlative')) continue;
			if (
				terms[end]?.tags.has('Noun') &&
				!/[,;:]/.test(noun.post) &&
				!terms[end]!.tags.has('ProperNoun')
			) {
				// "telecommunications company": the last noun is the head, and it must be an event too.
				if (!EVENT_NOUN.test(terms[end]!.normal)) continue;
				end += 1;
			}
			const text = terms
				.slice(i, end)
				.map((t) => t.text)
				.join(' ')
				.replace(/[^\p{L}\p{N}\s-]/gu, '');
			if (text.split(' ').length >= 2) phrases.push(text.toLowerCase());
		}
	}
	return [...new Set(phrases)].sort((a, b) => fnv1a32(a) - fnv1a32(b)).slice(0, 6);
}
