import { CLOZE_BLANK } from '../../question/schema';
import { candidate, cloze, singleChoice, trueFalse, type WrongOption } from '../build/draft';
import { hash32 } from '../text/hash';
import { capitalize, normalizeAnswer } from '../text/normalize';
import type { Article, Candidate } from '../types';
import { findCauseRelations, type CauseRelation } from './cause-patterns';

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
		out.push(...candidate(choice, 9, key));
		const at = relation.sentence.text.indexOf(relation.cause);
		if (
			!choice &&
			at >= 0 &&
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
	return /^\p{Lu}\p{Ll}+ \p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Other events of the article, never one that overlaps the answer or the effect asked about. */
function eventDistractors(
	article: Article,
	relations: readonly CauseRelation[],
	relation: CauseRelation
): WrongOption[] {
	const answerWords = contentWords(relation.cause);
	const effectWords = contentWords(relation.effect);
	const isDifferent = (text: string) => {
		const words = contentWords(text);
		const shared = [...words].filter((w) => answerWords.has(w) || effectWords.has(w)).length;
		return words.size > 1 && shared / words.size < 0.5;
	};
	const pool: WrongOption[] = [];
	for (const other of relations) {
		if (other === relation) continue;
		// Other causes are never offered: in one story they are often causes of this effect too.
		if (other.effectIsPhrase && isDifferent(other.effect)) {
			pool.push({
				text: capitalize(other.effect),
				feedback: 'The article presents this as a result, not as the cause asked about.'
			});
		}
	}
	for (const phrase of eventPhrases(article))
		if (isDifferent(phrase)) pool.push({ text: capitalize(phrase) });
	return pool;
}

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
			if (!EVENT_NOUN.test(noun.normal)) continue;
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
