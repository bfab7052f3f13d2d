import { inSpan } from '../text/spans';
import { splitClauses, type Clause } from '../analyze/clauses';
import { candidate, numeric, shortAnswer, singleChoice, type WrongOption } from '../compose/draft';
import { countryDistractors } from '../distractors/countries';
import {
	entityNamedIn,
	entityOf,
	isClearOrganization,
	sameKindEntities
} from '../distractors/entities';
import { capitalisedMidSentence, invertWithWh, stripFinalPunctuation } from '../text/grammar';
import { containsAnswer, normalizeAnswer, nounPhraseForms, wordsIn } from '../text/normalize';
import { INFINITIVE_GOES_ON, participleAfterNoun, wholeSubject } from './clause-parts';
import type {
	Article,
	ArticleSentence,
	Candidate,
	Entity,
	FactKind,
	Mention,
	NumberMention
} from '../types';
import { EMPTY_HEAD, nounRuns } from './phrases';
import { VAGUE_HEAD, wellFormed } from '../text/question-grammar';
import { clauseKey } from './clause-parts';
import { sameDateShape } from './wh-when';
import { lowerFirst } from '../text/lower-first';

const LOCATIVE = /^(?:to|in|at|from|into|near|inside|outside)$/;
// Not "since", "until" or "by": a date that starts, ends or bounds a state ("in place since
// Sept. 15", "positions until 2030") does not say when its clause happened.
const DATE_LEAD = /\b(?:on|in|at|during)\s+$/i;
const WH_OBJECT: Partial<Record<Mention['kind'], string>> = {
	person: 'Who',
	organization: 'Which organization',
	country: 'Which country'
};

interface Slot {
	/** Character range removed from the clause: the answer with its preposition. */
	start: number;
	end: number;
	wh: string;
	answer: string;
	kind: FactKind;
	entity?: Entity;
	others: string[];
	/** For a count: its value and unit, asked as a number to type. */
	amount?: NumberMention;
}

/** Superlatives compromise may miss, some hyphenated: "fastest-ageing", "busiest". */
const SUPERLATIVE =
	/^(?:largest|biggest|fastest|highest|lowest|oldest|youngest|busiest|richest|poorest|smallest|longest|deadliest|strongest|weakest|worst|best)(?:-|$)/;

/**
 * "Where does the article say Kim planned to fly on Wednesday?", "When does the article say the
 * policy was established?", "Who does the article say the council elected?": a wh-question about
 * a place, date or named object inside a clause, framed by "does the article say" (or, for what
 * someone claimed, "did Yonhap say") so that the
 * clause keeps its own words and tense (no verb has to be conjugated, so none can be conjugated
 * wrong). Subjects are asked directly by `wh.ts`.
 */
export function reportedWhQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion) continue;
		for (const clause of splitClauses(sentence)) {
			if (!clause.subject || !clause.verb || clause.quoted || clause.kind === 'relative') continue;
			if (/[;:“”"]/.test(clause.text) || wordsIn(clause.text) > 26) continue;
			// "open hostility shown in a statement": a bare participle is no clause's verb.
			const verbWords = sentence.terms.slice(clause.verb.from, clause.verb.to);
			if (verbWords.length === 1 && /(?:own|iven|aken|nown|rawn|een)$/.test(verbWords[0]!.normal))
				continue;
			// "…does not confer legal status but does give …": the verb must follow its own subject.
			const between = sentence.terms.slice(clause.subject.to, clause.verb.from);
			if (between.some((t) => !t.tags.has('Adverb') && !t.tags.has('Negative'))) continue;
			// "underlying all the discussions … is finding": a subject cut from its phrase.
			if (!wholeSubject(sentence, clause.subject)) continue;
			for (const slot of slotsOf(article, sentence, clause)) {
				const question = ask(article, sentence, clause, slot);
				if (question) out.push(...question);
			}
		}
	}
	return out;
}

function slotsOf(article: Article, sentence: ArticleSentence, clause: Clause): Slot[] {
	const { terms } = sentence;
	const verbEnd = terms[clause.verb!.to - 1]!.end;
	const clauseEnd = terms[clause.lastTerm - 1]!.end;
	const inside = (start: number, end: number) => start >= verbEnd && end <= clauseEnd;
	const slots: Slot[] = [];
	// "Payton told VOA": whom someone told is where the words went, not what happened.
	const speech = /^(?:say|said|says|tell|told|tells|write|wrote|writes)$/.test(
		terms[clause.verb!.to - 1]!.normal
	);
	// "DACA is a policy established in 2012 that …": after "be" the words describe the subject,
	// and taking one phrase out leaves its neighbours dangling ("is a policy established that").
	// ("was closed" is a passive: its verb is "closed").
	const copula = terms[clause.verb!.to - 1]!.tags.has('Copula');
	for (const mention of article.mentions) {
		if (mention.sentence !== sentence || !inside(mention.start, mention.end)) continue;
		const entity = entityOf(article, mention.kind, mention.key);
		if (!entity || mention.kind === 'name') continue;
		if (/^['’]s?\b/.test(sentence.text.slice(mention.end))) continue;
		const before = terms[mention.firstTerm - 1];
		const locative = before && LOCATIVE.test(before.normal) && mention.kind !== 'person';
		// "in Porto and Faro", "accuse Manafort and Kilimnik": one of two joined names is half an
		// answer, and leaves "and Faro" in the question.
		if (
			/^(?:and|or)$/.test(terms[mention.lastTerm]?.normal ?? '') ||
			/^(?:and|or)$/.test(terms[mention.firstTerm - 1]?.normal ?? '')
		)
			continue;
		// "one of the fastest-ageing populations in Europe": the place bounds a comparison, it is
		// not where anything happened.
		const compared = terms
			.slice(Math.max(0, mention.firstTerm - 8), mention.firstTerm)
			.some(
				(t) =>
					t.tags.has('Superlative') ||
					/^(?:most|least)$/.test(t.normal) ||
					SUPERLATIVE.test(t.normal)
			);
		if (locative && compared) continue;
		if (locative) {
			// A town or region only beside other towns and regions: a country may hold it ("the U.S.",
			// "Washington"), and a body is no place ("Congress").
			const kinds =
				entity.kind === 'place'
					? (['place'] as const)
					: (['country', 'place', 'organization'] as const);
			const others = sameKindEntities(article, entity, [...kinds]).map((e) => e.name);
			if (entity.kind === 'country')
				others.push(...countryDistractors(article, entity.name, [], 3));
			slots.push({
				start: before.start,
				end: mention.end,
				wh: 'Where',
				answer: entity.name,
				kind: 'place',
				entity,
				others
			});
		} else if (
			WH_OBJECT[mention.kind] &&
			!speech &&
			(mention.kind !== 'organization' || isClearOrganization(entity)) &&
			(mention.firstTerm === clause.verb!.to ||
				// "sent a letter to Kim Jong Un" → "Who does the article say Trump sent a letter to?"
				(before?.tags.has('Preposition') && mention.lastTerm === clause.lastTerm))
		) {
			const others = sameKindEntities(article, entity).map((e) => e.name);
			slots.push({
				start: mention.start,
				end: mention.end,
				wh: WH_OBJECT[mention.kind]!,
				answer: entity.name,
				kind: mention.kind === 'person' ? 'person' : 'organization',
				entity,
				others
			});
		}
	}
	// "signed on to a discharge petition" → "What does the article say members signed on to?":
	// a noun phrase that is the verb's object, or a preposition's object ending the clause.
	const named = article.mentions.filter((m) => m.sentence === sentence);
	for (const [from, to] of nounRuns(terms)) {
		if (from < clause.verb!.to || to > clause.lastTerm) continue;
		if (named.some((m) => m.firstTerm < to && m.lastTerm > from)) continue;
		if (EMPTY_HEAD.test(terms[to - 1]!.normal)) continue;
		let start = from;
		while (start > clause.verb!.to && terms[start - 1]!.tags.has('Determiner')) start -= 1;
		const before = terms[start - 1];
		const isObject = start === clause.verb!.to;
		const endsClause = to === clause.lastTerm;
		const stranded = before?.tags.has('Preposition') && endsClause && start - 1 >= clause.verb!.to;
		if (!isObject && !stranded) continue;
		const answer = sentence.text.slice(terms[from]!.start, terms[to - 1]!.end);
		if (/["“”]/.test(answer) || VAGUE_HEAD.test(`the ${answer}`)) continue;
		// "approves a new budget or budget extension": one of two joined phrases is half an answer.
		if (/^(?:and|or|but)$/.test(terms[to]?.normal ?? '')) continue;
		// "faces a tough road to passage": the phrase goes on; "to" before a verb starts a new one.
		if (
			/^(?:to|of)$/.test(terms[to]?.normal ?? '') &&
			!/[,;:]/.test(terms[to - 1]!.post) &&
			!terms[to + 1]?.tags.has('Verb')
		)
			continue;
		// "asked the federal judge presiding over the case to …": without the phrase its modifier
		// ("asked presiding over") reads as nonsense.
		if (terms[to]?.tags.has('Gerund') || terms[to]?.tags.has('Participle')) continue;
		if (copula && !endsClause && !/[,;:]/.test(terms[to - 1]!.post)) continue;
		slots.push({
			start: terms[start]!.start,
			end: terms[to - 1]!.end,
			wh: 'What',
			answer,
			kind: 'event',
			others: []
		});
	}
	// "moved 1,200 people to schools" → "How many people does the article say rescue teams moved
	// to schools?": a count (not a bound such as "more than") that is the verb's object.
	for (const amount of article.numbers) {
		if (amount.sentence !== sentence || amount.approximate || amount.isPercent || amount.isMoney)
			continue;
		if (
			!amount.unit ||
			amount.firstTerm !== clause.verb!.to ||
			/^-/.test(sentence.text.slice(amount.end))
		)
			continue;
		// "Davila was 3 years old": after "be" a number describes; "How old …" is another question.
		if (terms.slice(clause.verb!.from, clause.verb!.to).some((t) => t.tags.has('Copula'))) continue;
		const unitEnd = terms[amount.lastTerm + amount.unit.split(' ').length - 1];
		if (!unitEnd || !inside(amount.start, unitEnd.end)) continue;
		slots.push({
			start: amount.start,
			end: unitEnd.end,
			wh: `How many ${amount.unit}`,
			answer: amount.text,
			kind: 'number',
			others: [],
			amount
		});
	}
	for (const date of article.dates) {
		if (copula) break;
		if (date.sentence !== sentence || date.precision === 'weekday' || !inside(date.start, date.end))
			continue;
		const lead = DATE_LEAD.exec(sentence.text.slice(0, date.start));
		if (!lead || inSpan(sentence.text, date.start, date.end)) continue;
		// "follows a law passed by the parliament in 2022": the date is the law's.
		const dateAt = terms.findIndex((t) => t.start >= date.start);
		if (participleAfterNoun(terms, clause.verb!.to, dateAt)) continue;
		const others = article.dates
			.filter((d) => d.text !== date.text && d.precision !== 'weekday' && sameDateShape(d, date))
			.map((d) => d.text);
		slots.push({
			start: lead.index,
			end: date.end,
			wh: 'When',
			answer: date.text,
			kind: 'date',
			others
		});
	}
	return slots;
}

/** "Republican critics", "Korean officials", "Chinese diplomats": a capital that belongs to the word. */
const PARTY_OR_PEOPLE =
	/^(?:Republican|Democratic|Democrat|GOP|Labour|Tory|\p{Lu}\p{Ll}+(?:an|ese|ish|i))s?$/u;

/**
 * Who a reported clause is told by, as a question can name them: the speaker phrase as written
 * ("the White House", "South Korea's Yonhap news agency", "officials in Washington"), or for a
 * longer one the person or body it names; undefined for a pronoun or an unreadable speaker.
 */
export function tellerOf(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause
): string | undefined {
	const phrase = clause.speaker?.trim();
	if (!phrase || /^(?:he|she|they|it|we|i|you)$/i.test(phrase)) return undefined;
	if (wordsIn(phrase) <= 6 && sentence.text.includes(phrase) && !/[,;:()"“”]/.test(phrase)) {
		// "Union leader Maria Ferro said…": a sentence's capital is no name's ("Republican",
		// "Korean" and a word the article capitalises mid-sentence are).
		const first = sentence.terms.find((t) => t.start === 0);
		const keeps =
			!first || PARTY_OR_PEOPLE.test(first.text) || capitalisedMidSentence(article, first.text);
		return sentence.text.startsWith(phrase) && !keeps
			? lowerFirst(phrase, { term: first })
			: phrase;
	}
	const entity = entityNamedIn(article, phrase);
	return entity && (entity.kind === 'person' || entity.kind === 'organization')
		? entity.name
		: undefined;
}

/**
 * "According to officials in Washington, where are the leaders to meet?": "Where did officials
 * say …" could ask where they spoke, and "When did the council say …" when it spoke. The reported
 * clause is asked itself, its speaker named first.
 */
function accordingTo(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	slot: Slot,
	teller: string
): string | undefined {
	const { terms } = sentence;
	const verbEnd = terms[clause.verb!.to - 1]!.end;
	const clauseEnd = terms[clause.lastTerm - 1]!.end;
	const rest = stripFinalPunctuation(
		`${sentence.text.slice(verbEnd, slot.start)} ${sentence.text.slice(slot.end, clauseEnd)}`
			.replace(/\s+/g, ' ')
			.trim()
	);
	const question = invertWithWh(
		article,
		sentence,
		clause.verb!.from,
		clause.verb!.to,
		slot.wh.toLowerCase(),
		rest,
		clause.subject!.from
	);
	// "According to several shipping lines, where were several shipping lines diverting …?": a
	// "they" read as the tellers themselves makes the claim a plan, not a report.
	if (!question || question.toLowerCase().includes(` ${teller.toLowerCase()} `)) return undefined;
	return `According to ${teller}, ${question}`;
}

function ask(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause,
	slot: Slot
): Candidate[] | undefined {
	const { terms } = sentence;
	// The clause's own words (an aside between commas left out), from its subject on, without
	// the asked phrase: "Kim, who was in Beijing, planned to fly to New York" → "Kim planned to fly".
	const subjectWords = sentence.text.slice(
		terms[clause.subject!.from]!.start,
		terms[clause.subject!.to - 1]!.end
	);
	const from = clause.text.indexOf(subjectWords);
	const asked = sentence.text.slice(slot.start, slot.end);
	// "There was total bias": an existential "there" leaves nothing to ask "what" about.
	if (from < 0 || /^there$/i.test(subjectWords)) return undefined;
	const body = clause.text.slice(from);
	if (body.split(asked).length !== 2) return undefined;
	// "recorded 41 deaths and more than 2,300 cases": without the asked phrase, "recorded and …"
	// is no clause.
	if (/^\s*,?\s*(?:and|or)\b/.test(body.split(asked)[1]!)) return undefined;
	// "bordered to the north by Russia and to the east by China": the asked phrase is the second of
	// two joined ones, and the question keeps the first ("… by Russia and to the east by?").
	if (secondOfJoined(body.split(asked)[0]!)) return undefined;
	// "allows federations, dozens of which …, to be investigated": the object's infinitive is
	// part of what is asked ("What does the article say Swiss law allows?" asks nothing).
	if (INFINITIVE_GOES_ON.test(sentence.text.slice(slot.end))) return undefined;
	const statement = stripFinalPunctuation(body.replace(asked, ' ').replace(/\s+/g, ' ').trim());
	// Every word must be one the sentence has: a clause closed up around an aside can glue two.
	const words = new Set(sentence.text.split(/[^\p{L}\p{N}'’-]+/u));
	if (statement.split(/[^\p{L}\p{N}'’-]+/u).some((w) => w && !words.has(w))) return undefined;
	const lead = terms[clause.subject!.from]!;
	// "The policy …" → "the policy …"; names and "I" keep their capital.
	const named = article.entities.some((e) => e.aliases.some((a) => statement.startsWith(a)));
	const inner =
		named ||
		lead.tags.has('ProperNoun') ||
		lead.tags.has('Organization') ||
		/^\p{Lu}{2}/u.test(lead.text)
			? statement
			: lowerFirst(statement);
	// What someone claimed is theirs, not the article's: "Where does Yonhap say Kim planned to fly?"
	const teller = clause.kind === 'reported' ? tellerOf(article, sentence, clause) : 'the article';
	if (!teller) return undefined;
	// "What does the article say the dispute comes amid a wave of wage demands across?": reviewers
	// dropped every such question of a phrase in the article's own voice (a stranded preposition,
	// words that are no one's claim); a count so framed still reads as a question.
	if (teller === 'the article' && !slot.amount) return undefined;
	const prompt =
		teller !== 'the article' && (slot.wh === 'Where' || slot.wh === 'When')
			? accordingTo(article, sentence, clause, slot, teller)
			: `${slot.wh} ${teller === 'the article' ? 'does' : 'did'} ${teller} say ${inner}?`;
	if (!prompt) return undefined;
	if (!wellFormed(prompt, article.introducedNouns) || containsAnswer(prompt, slot.answer))
		return undefined;
	const shown = ` ${normalizeAnswer(prompt)} `;
	const wrong: WrongOption[] = [...new Set(slot.others)]
		.filter(
			(o) =>
				!shown.includes(` ${normalizeAnswer(o)} `) &&
				normalizeAnswer(o) !== normalizeAnswer(slot.answer)
		)
		.map((text) => ({ text }));
	const common = {
		prompt,
		skill: slot.kind === 'place' ? ('geography' as const) : ('detail' as const),
		evidence: [sentence],
		explanation: `The article says: “${sentence.text}”`
	};
	const accepted = slot.entity
		? [slot.answer, ...slot.entity.aliases]
		: slot.kind === 'event'
			? nounPhraseForms(slot.answer).filter((form) => !containsAnswer(prompt, form))
			: [slot.answer];
	const draft = slot.amount
		? numeric({ ...common, skill: 'number' }, slot.amount.value, slot.amount.unit, slot.answer)
		: (singleChoice(common, slot.answer, wrong) ??
			shortAnswer(
				common,
				accepted,
				wrong.map((w) => w.text)
			));
	// Who did what to whom, where and when in one clause is one fact, however it is asked; a date
	// or a count is a fact of its own.
	const key =
		slot.kind === 'date' || slot.kind === 'number'
			? `${slot.kind}:${sentence.id}:${normalizeAnswer(slot.answer)}`
			: clauseKey(clause);
	return candidate(draft, draft.type === 'short-answer' ? 6.5 : 7.5, key).map((c) => ({
		...c,
		kind: slot.kind,
		answer: slot.answer
	}));
}

/**
 * Whether the words before an asked phrase end with a preposition that an earlier phrase of the
 * same preposition, joined by "and" or "or", already took: "by Russia and to the east by".
 */
function secondOfJoined(before: string): boolean {
	const preposition = /\b(by|to|in|at|from|with|for|on)\s*$/i.exec(before)?.[1];
	if (!preposition) return false;
	return new RegExp(
		`\\b${preposition}\\s[^,;]+\\s(?:and|or)\\s(?:[^,;]+\\s)?${preposition}\\s*$`,
		'i'
	).test(before);
}
