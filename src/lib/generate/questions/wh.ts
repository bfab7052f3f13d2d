import { splitClauses, type Clause } from '../analyze/clauses';
import { candidate, shortAnswer, singleChoice, type WrongOption } from '../compose/draft';
import { countryDistractors } from '../distractors/countries';
import { sameKindEntities } from '../distractors/entities';
import { invertWithWh, quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { containsAnswer, normalizeAnswer, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, Entity, FactKind, Mention } from '../types';

const LOCATIVE = /^(?:to|in|at|from|into|near|inside|outside|across|throughout)$/;
const WH_SUBJECT: Record<string, string> = {
	person: 'Who',
	organization: 'Which organization',
	country: 'Which country',
	place: 'Which place'
};
const KIND: Record<string, FactKind> = {
	person: 'person',
	organization: 'organization',
	country: 'place',
	place: 'place'
};
/** Beyond this a question stops being one clause a student can hold in mind. */
const MAX_PROMPT_WORDS = 24;

/**
 * Wh-questions cut to one clause: "Who called off the summit?" for a named subject, and with
 * subject–auxiliary inversion and do-support "Where did Joe Hagin fly on Sunday?" for a place after
 * a locative preposition, "Who did Trump meet?" for a named object. The answer is the entity's
 * canonical name; wrong options are entities of the same kind from the article, never one the
 * question itself shows.
 */
export function whQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion || wordsIn(sentence.text) > 70) continue;
		const mentions = article.mentions.filter((m) => m.sentence === sentence);
		for (const clause of splitClauses(sentence)) {
			if (!clause.subject || !clause.verb || clause.quoted) continue;
			out.push(...subjectQuestion(article, sentence, clause, mentions));
			out.push(...complementQuestions(article, sentence, clause, mentions));
		}
	}
	return out;
}

function entityOfMention(article: Article, mention: Mention): Entity | undefined {
	return article.entities.find((e) => e.kind === mention.kind && e.key === mention.key);
}

/** Terms of the clause after the verb group, minus nested clauses that are not its own. */
function restAfter(sentence: ArticleSentence, clause: Clause, from: number): string {
	const end = clause.lastTerm;
	if (from >= end) return '';
	const start = sentence.terms[from]!.start;
	const stop = sentence.terms[end - 1]!.end;
	return stripFinalPunctuation(sentence.text.slice(start, stop).split(/[;:]|,\s/)[0] ?? '').trim();
}

function subjectQuestion(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	mentions: readonly Mention[]
): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb) return [];
	const subjectTerms = sentence.terms.slice(subject.from, subject.to);
	// The subject must be a name (with its title), not "the ally of Russia" or "Trump and Abe".
	const named = mentions.find(
		(m) =>
			m.firstTerm >= subject.from - 4 &&
			m.lastTerm === subject.to &&
			m.kind !== 'name' &&
			!subjectTerms.some((t) => t.normal === 'and' || t.normal === 'or')
	);
	if (!named) return [];
	const entity = entityOfMention(article, named);
	if (!entity) return [];
	const verbText = sentence.text.slice(
		sentence.terms[verb.from]!.start,
		sentence.terms[verb.to - 1]!.end
	);
	if (/^(?:are|were|have)$/i.test(verbText.split(' ')[0] ?? '')) return [];
	const rest = restAfter(sentence, clause, verb.to);
	// "Who has confirmed?": a reporting verb alone asks nothing; its content is another clause.
	if (wordsIn(rest) < 2) return [];
	const prompt = `${WH_SUBJECT[entity.kind] ?? 'Who'} ${verbText.replace(/^\w/, (c) => c.toLowerCase())}${rest ? ` ${rest}` : ''}?`;
	return entityAnswer(
		article,
		sentence,
		entity,
		prompt,
		8.5,
		`subject:${sentence.id}:${entity.key}`
	);
}

function complementQuestions(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	mentions: readonly Mention[]
): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb) return [];
	const out: Candidate[] = [];
	for (const mention of mentions) {
		if (mention.firstTerm < verb.to || mention.lastTerm > clause.lastTerm) continue;
		const entity = entityOfMention(article, mention);
		if (!entity || mention.kind === 'name') continue;
		const before = sentence.terms[mention.firstTerm - 1];
		const isPlace =
			(mention.kind === 'place' || mention.kind === 'country') &&
			before &&
			LOCATIVE.test(before.normal);
		const isObject = mention.firstTerm === verb.to && mention.kind === 'person';
		if (!isPlace && !isObject) continue;
		const cutFrom = isPlace ? mention.firstTerm - 1 : mention.firstTerm;
		// The rest of the clause without the asked phrase and any apposition after it.
		const head = sentence.text.slice(
			sentence.terms[verb.to]?.start ?? sentence.terms[verb.to - 1]!.end,
			sentence.terms[cutFrom]!.start
		);
		const afterPhrase = sentence.text.slice(mention.end).replace(/^,\s[^,]*(?:,|$)/, '');
		const tail = afterPhrase.split(/[;:]|,\s|\.$/)[0] ?? '';
		const rest = stripFinalPunctuation(`${head} ${tail}`.replace(/\s+/g, ' ').trim());
		if (wordsIn(rest) > 14) continue;
		const prompt = invertWithWh(
			article,
			sentence,
			verb.from,
			verb.to,
			isPlace ? 'Where' : 'Who',
			rest,
			subject.from
		);
		if (!prompt) continue;
		out.push(
			...entityAnswer(
				article,
				sentence,
				entity,
				prompt,
				isPlace ? 8 : 7.5,
				`complement:${sentence.id}:${entity.key}`
			)
		);
	}
	return out;
}

function entityAnswer(
	article: Article,
	sentence: ArticleSentence,
	entity: Entity,
	prompt: string,
	score: number,
	factKey: string
): Candidate[] {
	if (!quotesBalanced(prompt) || wordsIn(prompt) > MAX_PROMPT_WORDS) return [];
	if (entity.aliases.some((alias) => containsAnswer(prompt, alias))) return [];
	const shown = ` ${normalizeAnswer(prompt)} `;
	const notShown = (name: string) => !shown.includes(` ${normalizeAnswer(name)} `);
	const kinds =
		entity.kind === 'country' || entity.kind === 'place'
			? (['country', 'place'] as const)
			: [entity.kind];
	const others = sameKindEntities(article, entity, kinds).map((e) => e.name);
	if (entity.kind === 'country') others.push(...countryDistractors(article, entity.name, [], 3));
	const wrong: WrongOption[] = [...new Set(others)].filter(notShown).map((text) => ({ text }));
	const common = {
		prompt,
		skill:
			entity.kind === 'country' || entity.kind === 'place'
				? ('geography' as const)
				: ('detail' as const),
		evidence: [sentence],
		explanation: `The article says: “${sentence.text}”`
	};
	const draft =
		singleChoice(common, entity.name, wrong) ??
		shortAnswer(
			common,
			[entity.name, ...entity.aliases],
			wrong.map((w) => w.text)
		);
	const kind = KIND[entity.kind] ?? 'event';
	return candidate(draft, draft.type === 'single-choice' ? score : score - 1, factKey).map((c) => ({
		...c,
		kind,
		answer: entity.name
	}));
}
