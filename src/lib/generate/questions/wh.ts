import { splitClauses, type Clause } from '../analyze/clauses';
import { candidate, shortAnswer, singleChoice, type WrongOption } from '../compose/draft';
import { countryDistractors } from '../distractors/countries';
import { sameKindEntities } from '../distractors/entities';
import { infinitiveOf, invertWithWh, quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { containsAnswer, normalizeAnswer, nounPhraseForms, wordsIn } from '../text/normalize';
import type {
	Article,
	ArticleSentence,
	Candidate,
	Entity,
	FactKind,
	Mention,
	Term
} from '../types';

const PRONOUN_START = /^(?:that\s+)?(?:he|she|it|they|this|these|those)\b/i;
const LOCATIVE = /^(?:to|in|at|from|into|near|inside|outside|across|throughout)$/;
const WH_SUBJECT: Record<string, string> = {
	person: 'Who',
	organization: 'Which organization',
	country: 'Which country'
};
const KIND: Record<string, FactKind> = {
	person: 'person',
	organization: 'organization',
	country: 'place',
	place: 'place'
};
/**
 * Whether the subject range holds the whole noun phrase: not "budget deal" out of "The Senate's
 * two-year budget deal", nor "lawmakers' attention" out of "With lawmakers' attention focused…".
 */
function wholeSubject(sentence: ArticleSentence, subject: { from: number; to: number }): boolean {
	const before = sentence.terms[subject.from - 1];
	const last = sentence.terms[subject.to - 1];
	// "Chad, another predominantly Muslim nation, was …": an apposition is not the subject.
	if (before && /,/.test(before.post) && last && /,/.test(last.post)) return false;
	if (!before || /[,;:—–]/.test(before.post)) return true;
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

/** "the latest pay offer" → "latest pay offer". */
function bareOf(phrase: string): string {
	return phrase.replace(/^(?:a|an|the|this|that|its|their|his|her)\s+/i, '');
}

/** Who did what to whom in one clause is one fact: its subject and its object are not asked both. */
function clauseKey(clause: Clause): string {
	return `clause:${clause.sentence.id}:${clause.start}`;
}

/** Prepositions a verb takes its object with: "voted against the bill", "called for a ban". */
const OBJECT_PREPOSITION = /^(?:to|for|against|with|about|into|on|onto|over)$/;

/** Verbs whose object says little: "told reporters", "took time", "made it". */
const EMPTY_OBJECT_VERB =
	/^(?:say|tell|write|take|make|have|get|give|do|put|keep|see|add|ask|call|find|include|continue)$/;

/** Beyond this a question stops being one clause a student can hold in mind. */
const MAX_PROMPT_WORDS = 24;

/** "the policy", "the deal": a noun that names nothing until an earlier sentence says which. */
export const VAGUE_NOUN =
	/\bthe (?:policy|program|programme|plan|deal|measure|problem|agreement|proposal|decision|move|effort|law|legislation|bill|ruling|order|case|report|issue|group|country|company|change|project|idea|matter|situation|process|statement|request|document|letter)\b(?!\s+(?:of|to|for|that|which|who)\b)/i;

/**
 * The grammar check every wh-question passes: one clause (no comma or semicolon), balanced quotes,
 * a question mark at the end, no dangling conjunction or preposition before it, and short enough.
 */
export function wellFormed(prompt: string): boolean {
	if (!/^(?:Who|What|Where|When|Which|Why|How)\b[^?]*\?$/.test(prompt)) return false;
	if (/[,;—–]|[.!?]["”]?\s/.test(prompt) || !quotesBalanced(prompt)) return false;
	// "blamed “ ” with foreign training": the asked words were a quotation, now empty.
	if (/[“"]\s*[”"]/.test(prompt)) return false;
	// "When did they rescind the policy?": a bare "the policy" leans on an earlier sentence.
	if (VAGUE_NOUN.test(prompt)) return false;
	// "Which organization cannot pass it alone?": a pronoun the question cannot resolve is vague.
	if (/\b(?:it|its|they|them|their|this|these|those|he|she|him|her|his)\b/i.test(prompt))
		return false;
	if (/\b(?:and|or|but|the|a|an|of|that)\?$/i.test(prompt)) return false;
	// "Where did an organization base is leading …": a second finite verb means a misread clause.
	if (/\b(?:did|does|do)\s+(?:\S+\s+){1,8}(?:is|are|was|were|has|have)\s/.test(prompt))
		return false;
	return wordsIn(prompt) >= 3 && wordsIn(prompt) <= MAX_PROMPT_WORDS;
}

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
		const clauses = splitClauses(sentence);
		for (const [index, clause] of clauses.entries()) {
			if (!clause.subject || !clause.verb || clause.quoted) continue;
			const reported = clauses.find((c) => c.parent === index && c.kind === 'reported');
			out.push(...subjectQuestion(article, sentence, clause, mentions, reported));
			out.push(...complementQuestions(article, sentence, clause, mentions));
			out.push(...objectQuestion(article, sentence, clause, mentions));
			out.push(...whenQuestion(article, sentence, clause));
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
	mentions: readonly Mention[],
	reported?: Clause
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
	// "Republican critics in Congress" is not Congress: only a title or determiner may lead the name.
	const lead = sentence.terms.slice(subject.from, named.firstTerm);
	if (lead.some((t) => !/^\p{Lu}/u.test(t.text) && !t.tags.has('Determiner'))) return [];
	const entity = entityOfMention(article, named);
	if (!entity) return [];
	const verbText = sentence.text.slice(
		sentence.terms[verb.from]!.start,
		sentence.terms[verb.to - 1]!.end
	);
	// "Which country approach…": the verb must agree with a singular "who"/"which".
	const firstVerb = sentence.terms[verb.from]!;
	if (/^(?:are|were|have|do)$/i.test(firstVerb.text)) return [];
	const agrees =
		firstVerb.tags.has('PastTense') ||
		firstVerb.tags.has('Modal') ||
		firstVerb.tags.has('Auxiliary') ||
		firstVerb.tags.has('Copula') ||
		/s$/i.test(firstVerb.text);
	if (!agrees) return [];
	let rest = restAfter(sentence, clause, verb.to);
	// "Who said in a televised address?" asks nothing: what was said is in the reported clause.
	if (reported && !reported.quoted) {
		if (wordsIn(reported.text) > 16 || PRONOUN_START.test(reported.text)) return [];
		rest = `${rest} that ${reported.text.replace(/^that\s+/i, '')}`.trim();
	} else if (reported) return [];
	if (wordsIn(rest) < 2) return [];
	// "Which place voted against the bill?": a place as the doer is a misread group; ask no one.
	const wh = WH_SUBJECT[entity.kind];
	if (!wh) return [];
	const prompt = `${wh} ${verbText.replace(/^\w/, (c) => c.toLowerCase())}${rest ? ` ${rest}` : ''}?`;
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
		// "went to Arlington National Cemetery", "at the White House": after a locative
		// preposition any named thing but a person is a place.
		const isPlace =
			mention.kind !== 'person' &&
			before !== undefined &&
			(LOCATIVE.test(before.normal) ||
				(before.tags.has('Determiner') &&
					LOCATIVE.test(sentence.terms[mention.firstTerm - 2]?.normal ?? '')));
		// "accuse Manafort and Kilimnik": one of two joined names is half an answer.
		const joinedNext = /^(?:and|or)$/.test(sentence.terms[mention.lastTerm]?.normal ?? '');
		const isObject = mention.firstTerm === verb.to && mention.kind === 'person' && !joinedNext;
		if (!isPlace && !isObject) continue;
		// "announced a policy on entry into the United States": a place after another preposition
		// belongs to a noun, not to where the clause happened.
		if (
			sentence.terms
				.slice(verb.to, mention.firstTerm - 1)
				.some((t) => t.tags.has('Preposition') || t.normal === 'to')
		)
			continue;
		// "near Almaty's main square": the place is a possessive, not where something happened.
		if (/^['’]s?\b/.test(sentence.text.slice(mention.end))) continue;
		const cutFrom = !isPlace
			? mention.firstTerm
			: LOCATIVE.test(before.normal)
				? mention.firstTerm - 1
				: mention.firstTerm - 2;
		// The rest of the clause without the asked phrase and any apposition after it.
		const head = sentence.text.slice(
			sentence.terms[verb.to]?.start ?? sentence.terms[verb.to - 1]!.end,
			sentence.terms[cutFrom]!.start
		);
		const afterPhrase = sentence.text.slice(mention.end).replace(/^,\s[^,]*(?:,|$)/, '');
		const tail = afterPhrase.split(/[;:]|,\s|\.$/)[0] ?? '';
		const rest = stripFinalPunctuation(`${head} ${tail}`.replace(/\s+/g, ' ').trim());
		if (wordsIn(rest) > 14) continue;
		if (!wholeSubject(sentence, subject)) continue;
		// "Where did they convene at the church …?" has two answers: ask only a lone place.
		if (
			isPlace &&
			mentions.some(
				(m) =>
					m !== mention && (m.kind === 'place' || m.kind === 'country') && rest.includes(m.text)
			)
		)
			continue;
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
				isPlace ? `place:${sentence.id}:${entity.key}` : clauseKey(clause)
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
	if (!wellFormed(prompt)) return [];
	if (entity.aliases.some((alias) => containsAnswer(prompt, alias))) return [];
	const shown = ` ${normalizeAnswer(prompt)} `;
	const notShown = (name: string) => !shown.includes(` ${normalizeAnswer(name)} `);
	// "Which country …?" takes countries only; "Where …?" any place.
	const kinds =
		(entity.kind === 'country' || entity.kind === 'place') && !prompt.startsWith('Which country')
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

const NOUNISH = (t: Term) =>
	(t.tags.has('Noun') ||
		t.tags.has('Adjective') ||
		t.tags.has('Determiner') ||
		t.tags.has('Value')) &&
	!t.tags.has('Pronoun') &&
	!t.tags.has('QuestionWord');
const STOP_NP =
	/^(?:that|which|who|whom|whose|to|for|from|in|on|at|by|with|of|over|after|before|as|than|and|or|but|if)$/;

/** The noun phrase starting at `from`: "a discharge petition", "temporary protection". */
function nounPhraseAt(terms: readonly Term[], from: number, to: number): number | undefined {
	let end = from;
	while (end < to && end - from < 6 && NOUNISH(terms[end]!) && !STOP_NP.test(terms[end]!.normal)) {
		end += 1;
		if (/[,;:.!?)"”]/.test(terms[end - 1]!.post)) break;
	}
	const last = terms[end - 1];
	if (end === from || !last || !last.tags.has('Noun') || last.tags.has('Pronoun')) return undefined;
	// A bare determiner or number is not a thing to ask for.
	if (terms.slice(from, end).every((t) => t.tags.has('Determiner') || t.tags.has('Value')))
		return undefined;
	return end;
}

/**
 * "What did Goodlatte introduce?" → "a bill", "What is the First Step Act?" → "a prison reform
 * bill": the thing a clause's verb acts on, when it is a plain noun phrase (no name: those get
 * who/where questions). Typed answers accept the phrase with or without its determiner.
 */
function objectQuestion(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	mentions: readonly Mention[]
): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb) return [];
	const { terms } = sentence;
	let from = verb.to;
	while (terms[from]?.tags.has('Adverb') || terms[from]?.tags.has('Particle')) from += 1;
	if (/[,;:]/.test(terms[verb.to - 1]!.post)) return [];
	// "sign on to a discharge petition" → "What would members sign on to?": the preposition stays.
	const particles = sentence.text
		.slice(terms[verb.to - 1]!.end, terms[from]?.start ?? terms[verb.to - 1]!.end)
		.trim();
	let preposition = '';
	if (
		terms[from] &&
		OBJECT_PREPOSITION.test(terms[from]!.normal) &&
		!/[,;:]/.test(terms[from]!.post)
	) {
		preposition = terms[from]!.text;
		from += 1;
	}
	const end = nounPhraseAt(terms, from, clause.lastTerm);
	if (end === undefined || mentions.some((m) => m.firstTerm < end && m.lastTerm > from)) return [];
	// The phrase must end where a noun phrase can: "the immigration | debate" is cut mid-phrase.
	const next = terms[end];
	const boundary =
		end >= clause.lastTerm ||
		/[,;:.!?)]/.test(terms[end - 1]!.post) ||
		(next !== undefined &&
			(next.tags.has('Preposition') ||
				next.tags.has('Adverb') ||
				/^(?:to|that)$/.test(next.normal)));
	if (!boundary || !wholeSubject(sentence, subject)) return [];
	const phrase = sentence.text
		.slice(terms[from]!.start, terms[end - 1]!.end)
		.replace(/[,.;:!?"”)]+$/, '');
	if (wordsIn(phrase) < 2 && !terms[from]!.tags.has('Noun')) return [];
	const verbTerms = terms.slice(verb.from, verb.to);
	const main = verbTerms[verbTerms.length - 1]!;
	if (
		EMPTY_OBJECT_VERB.test(
			main.tags.has('Infinitive') ? main.normal : (infinitiveOf(main.normal) ?? main.normal)
		)
	)
		return [];
	if (terms.slice(from, end).some((t) => t.tags.has('Date') || t.tags.has('Duration'))) return [];
	const copula = verbTerms.length === 1 && verbTerms[0]!.tags.has('Copula') && !preposition;
	// "are negatively impacted", "was charged": a passive or a participle is no thing to name.
	if (terms.slice(verb.to, end).some((t) => t.tags.has('Verb') || t.tags.has('Participle')))
		return [];
	const tail = stripFinalPunctuation(
		sentence.text
			.slice(terms[end - 1]!.end, terms[clause.lastTerm - 1]!.end)
			.split(/[;:]|,\s/)[0] ?? ''
	).trim();
	if (wordsIn(tail) > 10 || /^(?:that|which|who|and|or|but)\b/i.test(tail)) return [];
	// "Davila was 3 years old": a copula question needs a noun phrase to define, "a former republic".
	if (copula && !terms[from]!.tags.has('Determiner')) return [];
	const prompt = copula
		? invertWithWh(article, sentence, verb.from, verb.to, 'What', '', subject.from)
		: invertWithWh(
				article,
				sentence,
				verb.from,
				verb.to,
				'What',
				[particles, preposition, tail].filter(Boolean).join(' '),
				subject.from
			);
	if (!prompt || !wellFormed(prompt)) return [];
	if (containsAnswer(prompt, phrase)) return [];
	// "the decision", "the policy": an answer that names nothing on its own.
	if (VAGUE_NOUN.test(`the ${bareOf(phrase)}`)) return [];
	const bare = bareOf(phrase);
	const common = {
		prompt,
		skill: 'detail' as const,
		evidence: [sentence],
		explanation: `The article says: “${sentence.text}”`
	};
	return candidate(
		shortAnswer(
			common,
			[bare, ...nounPhraseForms(phrase)].filter((form) => !containsAnswer(prompt, form))
		),
		copula ? 7 : 6.5,
		clauseKey(clause)
	).map((c) => ({
		...c,
		kind: copula ? ('definition' as const) : ('event' as const),
		answer: bare
	}));
}

const DATE_LEAD = /\b(?:on|in|at|by|since|during|until|from|between)\s+$/i;

/**
 * "When did the court rule on the travel ban?" for a date (not a weekday) inside a clause with a
 * subject and a verb: the date and its preposition leave the clause, the rest is turned around.
 */
function whenQuestion(article: Article, sentence: ArticleSentence, clause: Clause): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb) return [];
	const { terms } = sentence;
	const out: Candidate[] = [];
	const clauseEnd = terms[clause.lastTerm - 1]!.end;
	const verbEnd = terms[verb.to - 1]!.end;
	for (const date of article.dates) {
		if (date.sentence !== sentence || date.precision === 'weekday') continue;
		if (date.start < verbEnd || date.end > clauseEnd) continue;
		const before = sentence.text.slice(verbEnd, date.start);
		const lead = DATE_LEAD.exec(before);
		// "the June 2009 Green Revolution", "beginning March 5": a date that modifies is no "when".
		if (!lead) continue;
		const head = before.slice(0, lead.index);
		const tail = sentence.text.slice(date.end, clauseEnd).split(/[;:]|,\s/)[0] ?? '';
		const rest = stripFinalPunctuation(`${head} ${tail}`.replace(/\s+/g, ' ').trim());
		if (/[,;:]/.test(head) || wordsIn(rest) > 14) continue;
		if (!wholeSubject(sentence, subject)) continue;
		const prompt = invertWithWh(article, sentence, verb.from, verb.to, 'When', rest, subject.from);
		if (!prompt || !wellFormed(prompt)) continue;
		if (containsAnswer(prompt, date.text)) continue;
		const others = article.dates
			.filter(
				(d) => d.text !== date.text && d.precision !== 'weekday' && !containsAnswer(prompt, d.text)
			)
			.map((d) => ({ text: d.text }));
		const common = {
			prompt,
			skill: 'sequence' as const,
			evidence: [sentence],
			explanation: `The article says: “${sentence.text}”`
		};
		const draft =
			singleChoice(common, date.text, others) ??
			shortAnswer(
				common,
				[date.text],
				others.map((o) => o.text)
			);
		out.push(
			...candidate(draft, 7.5, `date:${sentence.id}:${date.start}`).map((c) => ({
				...c,
				kind: 'date' as const,
				answer: date.text
			}))
		);
	}
	return out;
}
