import { splitClauses } from '../analyze/clauses';
import { candidate, matching } from '../compose/draft';
import { quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { normalizeAnswer, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, Entity } from '../types';

interface Action {
	actor: Entity;
	/** What the clause says the actor did, from its verb: "flew Sunday to Singapore". */
	deed: string;
	sentence: ArticleSentence;
}

const MAX_PAIRS = 5;
const MAX_DEED_WORDS = 12;

/**
 * The verb phrase from `from`, cut at the clause's first comma, at a second verb or "that" after
 * the object ("sent a letter to Kim Jong Un | saying …"), and at 12 words, ending on a noun.
 */
function deedOf(sentence: ArticleSentence, from: number, to: number): string | undefined {
	const { terms } = sentence;
	let end = from + 1;
	while (end < to && end - from < MAX_DEED_WORDS) {
		const term = terms[end]!;
		if (
			end - from >= 3 &&
			(term.tags.has('Gerund') ||
				/^(?:that|which|who|because|while|as|after|before|when)$/.test(term.normal))
		)
			break;
		end += 1;
		if (/[,;:.!?]/.test(term.post)) break;
	}
	while (end > from + 1 && !terms[end - 1]!.tags.has('Noun') && !terms[end - 1]!.tags.has('Value'))
		end -= 1;
	const text = stripFinalPunctuation(
		sentence.text.slice(terms[from]!.start, terms[end - 1]!.end)
	).trim();
	return text || undefined;
}
const PRONOUN = /\b(?:it|its|they|them|their|he|she|him|her|this|these|those)\b/i;

/**
 * "Match each person or group with what the article says they did": who did what is the first
 * thing a reader of news must keep straight, and one question checks it for several actors. Each
 * actor appears once, with the first clause whose subject names them and whose deed reads on its
 * own (no pronoun to resolve, one clause, at most 14 words).
 */
export function actionQuestions(article: Article): Candidate[] {
	const actions: Action[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion) continue;
		const mentions = article.mentions.filter((m) => m.sentence === sentence);
		const clauses = splitClauses(sentence);
		for (const [index, clause] of clauses.entries()) {
			const { subject, verb } = clause;
			if (!subject || !verb || clause.quoted || clause.kind === 'relative') continue;
			const subjectWords = sentence.terms.slice(subject.from - 1, subject.to);
			if (subjectWords.some((t) => t.normal === 'and' || t.normal === 'or')) continue;
			// "Trump has confirmed | an official is to visit…": what was said is part of the deed.
			const reported = clauses.find(
				(c) => c.parent === index && c.kind === 'reported' && !c.quoted
			);
			const to = Math.max(clause.lastTerm, reported?.lastTerm ?? 0);
			const named = mentions.find(
				(m) => m.lastTerm === subject.to && m.firstTerm >= subject.from && m.kind !== 'name'
			);
			const actor =
				named && article.entities.find((e) => e.kind === named.kind && e.key === named.key);
			if (!actor || actions.some((a) => a.actor === actor)) continue;
			const deed = deedOf(sentence, verb.from, to);
			if (!deed) continue;
			if (wordsIn(deed) < 3 || wordsIn(deed) > 14 || PRONOUN.test(deed) || !quotesBalanced(deed))
				continue;
			if (
				actor.aliases.some((alias) =>
					` ${normalizeAnswer(deed)} `.includes(` ${normalizeAnswer(alias)} `)
				)
			)
				continue;
			// "said", "told reporters": a reporting verb alone is no deed.
			if (/^(?:said|says|told|tells|added|wrote)\b/i.test(deed)) continue;
			actions.push({ actor, deed, sentence });
		}
	}
	if (actions.length < 3) return [];
	const ranked = [...actions]
		.sort(
			(a, b) =>
				b.actor.mentions.length - a.actor.mentions.length ||
				a.sentence.position - b.sentence.position
		)
		.slice(0, MAX_PAIRS)
		.sort((a, b) => a.sentence.position - b.sentence.position);
	const draft = matching(
		{
			prompt: 'Match each person or group with what the article says they did.',
			skill: 'detail',
			evidence: ranked.map((a) => a.sentence),
			difficulty: 'medium',
			explanation: ranked.map((a) => `${a.actor.name} ${a.deed}.`).join(' ')
		},
		ranked.map((a) => ({ left: a.actor.name, right: a.deed }))
	);
	return candidate(draft, 7.5, `actions:${ranked.map((a) => a.actor.key).join('|')}`).map((c) => ({
		...c,
		kind: 'person' as const
	}));
}
