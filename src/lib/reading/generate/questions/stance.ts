import { splitClauses } from '../analyze/clauses';
import { candidate, shortAnswer, singleChoice } from '../compose/draft';
import { fnv1a32 } from '../../../core/hash';
import { normalizeAnswer, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, Entity } from '../types';
import { wellFormed } from '../text/question-grammar';
import { lowerFirst } from '../text/lower-first';

/** "called the probe a “witch hunt”", "described the ruling as “a tremendous victory”". */
const NAMING =
	/\b(called|calls|described|describes|labeled|labelled|termed|branded|dubbed)\s+([^,;:“”"]{3,60}?)\s+(?:as\s+)?(?:an?\s+|the\s+)?[“"]([^”"]{3,90})[”"]/;
/** "the decisions were “extraordinary and insubordinate”": a quoted judgement after a copula. */
const JUDGED =
	/\b([^,;:“”"]{3,60}?)\s+(?:was|were|is|are|had been|has been|appeared)\s+[“"]([^”"]{3,60})[”"]/;
const PRONOUN = /\b(?:it|its|they|them|their|he|she|him|her|his|this|these|those)\b/i;

interface Stance {
	sentence: ArticleSentence;
	speaker: Entity;
	target: string;
	words: string;
}

/**
 * How people in the story judge things, asked as a real question: "How did Horowitz describe
 * Comey's decisions?" → “extraordinary and insubordinate”. The speaker is the named subject of the
 * clause (or the reported clause's speaker); the wrong options are the other judgements the
 * article quotes.
 */
export function stanceQuestions(article: Article): Candidate[] {
	const stances = findStances(article);
	const out: Candidate[] = [];
	for (const stance of stances) {
		const prompt = `How did ${stance.speaker.name} describe ${stance.target}?`;
		if (!wellFormed(prompt, article.introducedNouns)) continue;
		const others = stances
			.filter((s) => normalizeAnswer(s.words) !== normalizeAnswer(stance.words))
			.map((s) => ({ text: s.words }));
		const common = {
			prompt,
			skill: 'detail' as const,
			evidence: [stance.sentence],
			explanation: `The article says: “${stance.sentence.text}”`
		};
		const draft =
			singleChoice(common, stance.words, others) ??
			shortAnswer(common, [stance.words, ...headOfQuote(stance.words)]);
		out.push(
			...candidate(draft, 8, `quoted:${stance.sentence.id}:${fnv1a32(stance.words)}`).map((c) => ({
				...c,
				kind: 'reaction' as const,
				answer: stance.words
			}))
		);
	}
	return out;
}

/**
 * "a gamble with the future of the entire economy" → "a gamble": the judgement before the phrase
 * that qualifies it, which a student who read it types (raters marked the whole quote alone as
 * too strict). Two words or more, so "a" alone is never right.
 */
export function headOfQuote(words: string): string[] {
	const cut = /^(.+?)\s+(?:for|with|of|in|on|to|from|about|against|after|that|which)\s/i.exec(
		words
	);
	const head = cut?.[1]?.trim();
	if (!head || wordsIn(head) < 2 || wordsIn(head) === wordsIn(words)) return [];
	const bare = head.replace(/^(?:a|an|the)\s+/i, '');
	// "a day of mourning" → "a day" says nothing of the judgement.
	if (wordsIn(bare) < 2 && bare.length < 5) return [];
	return bare !== head ? [head, bare] : [head];
}

function findStances(article: Article): Stance[] {
	const found: Stance[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion) continue;
		const naming = NAMING.exec(sentence.text);
		const judged = naming ? null : JUDGED.exec(sentence.text);
		const match = naming ?? judged;
		if (!match) continue;
		const target = (naming ? naming[2]! : judged![1]!).trim();
		const words = (naming ? naming[3]! : judged![2]!).trim().replace(/[,.]$/, '');
		if (PRONOUN.test(target) || wordsIn(target) > 7 || wordsIn(words) > 12) continue;
		// "… said the conviction was …": a target that carries a verb of saying is misread.
		if (/\b(?:said|says|told|added)\b/i.test(target)) continue;
		const speaker = speakerOf(article, sentence, match.index);
		if (!speaker || speaker.aliases.some((a) => target.includes(a))) continue;
		found.push({ sentence, speaker, target: lowerLead(target), words });
	}
	return found;
}

/** "The decisions" → "the decisions"; names keep their capital. */
function lowerLead(text: string): string {
	return /^(?:The|A|An|His|Her|Their|Its)\s/.test(text) ? lowerFirst(text) : text;
}

/** The named subject of the clause holding `at`, or the speaker it is reported from. */
function speakerOf(article: Article, sentence: ArticleSentence, at: number): Entity | undefined {
	const clauses = splitClauses(sentence);
	const clause = clauses.find((c) => c.start <= at && c.end > at) ?? clauses[0];
	if (!clause) return undefined;
	const phrases: string[] = [];
	if (clause.speaker) phrases.push(clause.speaker);
	const host = clause.parent !== undefined ? clauses[clause.parent] : undefined;
	for (const c of [clause, host]) {
		if (c?.subject) {
			const first = sentence.terms[c.subject.from]!;
			const last = sentence.terms[c.subject.to - 1]!;
			phrases.push(sentence.text.slice(first.start, last.end));
		}
	}
	// "Omar Haddad, the city's chief engineer, called …": the name before an apposition.
	const named = article.mentions.filter(
		(m) =>
			m.sentence === sentence &&
			m.start >= clause.start &&
			m.end <= at &&
			(m.kind === 'person' || m.kind === 'organization')
	);
	if (named[0]) phrases.push(named[0].text);
	// "Tsogtbaatar Nomin, leader of the opposition Democratic Party, called …": the person
	// speaks, not the party named in their role.
	const first = named[0];
	if (first?.kind === 'person')
		return article.entities.find((e) => e.kind === 'person' && e.key === first.key);
	for (const phrase of phrases) {
		const normalized = ` ${normalizeAnswer(phrase)} `;
		const entity = article.entities.find(
			(e) =>
				(e.kind === 'person' || e.kind === 'organization') &&
				e.aliases.some((alias) => normalized.endsWith(` ${normalizeAnswer(alias)} `))
		);
		if (entity) return entity;
	}
	return undefined;
}
