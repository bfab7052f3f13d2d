import { inSpan } from '../text/spans';
import { gapPrompt } from '../compose/clause-gap';
import { candidate, cloze, singleChoice } from '../compose/draft';
import { quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { capitalize, wordsIn } from '../text/normalize';
import { splitClauses, type Clause } from '../analyze/clauses';
import type { Article, ArticleSentence, Candidate, DateMention, Term } from '../types';
import { escapeRegExp } from '../text/escape-regexp';

/** "What happened in March 2019?" and a cloze for each date; the ordering is `sequence.ts`'s. */
export function timelineQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	const events = timedEvents(article);
	for (const e of events) {
		const { date } = e;
		if (!date) continue;
		const others = events.filter((o) => o.date?.text !== date.text && o.text !== e.text);
		const prompt = `According to the article, what happened ${date.precision === 'day' ? 'on' : 'in'} ${date.text}?`;
		out.push(
			...candidate(
				singleChoice(
					{
						prompt,
						skill: 'sequence',
						evidence: [e.sentence],
						explanation: `The article says: “${e.sentence.text}”`
					},
					e.text,
					others.map((o) => ({ text: o.text, feedback: `The article dates this to ${o.cue}.` }))
				),
				6,
				`date:${e.sentence.id}:${date.start}`
			)
		);
	}
	for (const date of article.dates) {
		if (date.sentence.isQuestion || wordsIn(date.sentence.text) > 60) continue;
		// "between _____ and August 2025": one end of a span is half an answer.
		if (inSpan(date.sentence.text, date.start, date.end)) continue;
		const prompt = gapPrompt(date.sentence, date.start, date.end);
		if (prompt.includes(date.text)) continue;
		const accepted = [date.text, ...dateVariants(date.text)];
		const rejected = article.dates.filter((d) => d.text !== date.text).map((d) => d.text);
		out.push(
			...candidate(
				cloze(
					{ prompt, skill: 'sequence', evidence: [date.sentence], difficulty: 'medium' },
					accepted,
					rejected
				),
				4.5,
				`date:${date.sentence.id}:${date.start}`
			).map((c) => ({ ...c, kind: 'date' as const, answer: date.text }))
		);
	}
	return out;
}

/** "12 March" is also "March 12"; "March 12, 2023" is also "12 March 2023". */
export function dateVariants(text: string): string[] {
	const dayFirst = /^(\d{1,2}) (\p{L}+)(?:,? (\d{4}))?$/u.exec(text);
	if (dayFirst) return [`${dayFirst[2]} ${dayFirst[1]}${dayFirst[3] ? `, ${dayFirst[3]}` : ''}`];
	const monthFirst = /^(\p{L}+) (\d{1,2})(?:,? (\d{4}))?$/u.exec(text);
	if (monthFirst)
		return [`${monthFirst[2]} ${monthFirst[1]}${monthFirst[3] ? ` ${monthFirst[3]}` : ''}`];
	return [];
}

/** An event ready to be an ordering item, and where it sits in time when the article dates it. */
export interface TimedEvent {
	text: string;
	sentence: ArticleSentence;
	/** Its date as written, or the cue word. */
	cue: string;
	/** Only one calendar's events compare ('cal', 'yearless', 'week'), by their spans of days. */
	calendar?: string;
	date?: DateMention;
	from?: number;
	to?: number;
}

const MODAL = /^(?:will|would|could|might|may|should|can|must|shall|wo|ca)$/;
const PRONOUN = /^(?:he|she|it|they|him|her|his|hers|its|their|them|we|us|our|me|my|you|your)$/;
const PREPOSITION =
	/^(?:in|on|at|for|from|with|to|of|by|near|after|during|over|under|into|amid|as|across|against|through|without|despite|because|while|since|until)$/i;
const DETERMINER_WORD =
	/^(?:the|a|an|its|their|his|her|this|that|these|those|some|all|more|about)$/;
const CUE_ADVERB =
	/\b(?:then|later|afterwards|subsequently|eventually|already|also|first|finally|previously)\s+(?=\p{Ll}+ed\b|had\b|was\b|were\b|has\b|have\b)/gu;
const LEADING_CUE =
	/^(?:then|later|afterwards?|earlier|previously|eventually|finally|meanwhile|next|before that|soon after(?:wards)?|shortly after(?:wards)?|(?:\w+ )?(?:hours|days|weeks|months|years) (?:later|earlier)|the (?:next|following) (?:day|week|month|year)|(?:earlier|later) that (?:day|week|month|year))\b,?\s*/i;
const RELATIVE_TIME =
	/\s+(?:(?:earlier|later) )?(?:(?:last|this|next) (?:week|month|year|spring|summer|autumn|fall|winter)|yesterday|today|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/gi;

/**
 * A clause of `sentence` as a short event: dates and cue adverbs cut out, an aside between commas
 * dropped, trailing phrases cut until it has at most 12 words. Undefined when it is no event that
 * happened (no subject, no past verb, a modal), or when a pronoun would leave the reader guessing
 * who acted: only "he"/"she" right after a single named person is resolved.
 */
function eventItem(
	article: Article,
	sentence: ArticleSentence,
	raw: string,
	terms: readonly Term[],
	subject = '',
	verbGroup?: readonly Term[]
): string | undefined {
	// Compromise may miss a verb ("rose" read as a noun): the splitter's verb group counts, and
	// counts as past unless it looks like a present form.
	const tagged = terms.filter((t) => t.tags.has('Verb'));
	const verbs = [...(verbGroup ?? []), ...(tagged.length ? tagged : terms.filter(isBarePast))];
	if (verbs.some((t) => t.tags.has('Modal') || MODAL.test(t.normal))) return undefined;
	const past = verbs.some(
		(t) =>
			t.tags.has('PastTense') ||
			/^(?:had|has|have|was|were|cut|put|hit|set|quit|shut|spread|hurt|burst|cast|split)$/.test(
				t.normal
			) ||
			isBarePast(t) ||
			(verbGroup?.includes(t) && !t.tags.has('Verb') && !/s$/.test(t.normal))
	);
	if (!past || !quotesBalanced(raw) || /[?;:]/.test(raw)) return undefined;
	let text = raw;
	for (const d of article.dates)
		if (d.sentence === sentence)
			text = text.replace(
				new RegExp(`\\b(?:(?:on|in|during|early|late|mid-)\\s+)?${escapeRegExp(d.text)}`, 'i'),
				''
			);
	// An opening "According to police," or "By the time X," is not the event itself.
	text = text
		.replace(
			/^(?:according to|by the time|when|after|before|since|while|as soon as|once)\b[^,]*,\s*/i,
			''
		)
		.replace(/^[\s,]+/, '');
	text = text.replace(LEADING_CUE, '').replace(CUE_ADVERB, '').replace(RELATIVE_TIME, '');
	for (let i = 0; i < 3; i += 1) text = text.replace(/,\s+(?:[^,\s]+\s+){0,7}[^,\s]+,\s+/, ' ');
	// What follows a remaining comma is an aside ("…, the highest reading") or another clause.
	text = stripFinalPunctuation(`${subject} ${text.split(',')[0]}`.replace(/\s{2,}/g, ' ').trim());
	let words = text.split(' ');
	const resolved = resolvePronoun(article, sentence, words[0] ?? '');
	if (resolved) words = [...resolved.split(' '), ...words.slice(1)];
	const verbAt = words.findIndex((w) => verbs.some((v) => v.text === w));
	if (verbAt < 1 || /^(?:this|that|these|those|i)$/i.test(words[0] ?? '')) return undefined;
	// "The finance minister said higher prices and an increase": saying is no event of the story,
	// and what was said, cut to fit, loses its verb.
	if (/^(?:said|says|told|tells|added|noted|wrote|argued|warned)$/i.test(words[verbAt]!))
		return undefined;
	// "rose above its normal level": after the verb, "its" and "their" are the subject's own.
	words = words.map((w, i) => (i > verbAt && /^(?:its|their)$/.test(w) ? 'the' : w));
	if (words.some((w) => PRONOUN.test(w.toLowerCase().replace(/[^a-z]/g, '')) && w !== 'US'))
		return undefined;
	// Long clauses lose their last phrases ("… for the whole company"), never their verb's object.
	// "campaigned on a promise to continue …": "to" before a verb says what the promise was, and
	// a cut before it leaves the promise empty ("Salas had campaigned on a promise"): such a long
	// clause is left whole, and so too long to be an item.
	const infinitive = (k: number) =>
		/^to$/i.test(words[k]!) &&
		/^\p{Ll}+$/u.test(words[k + 1] ?? '') &&
		!DETERMINER_WORD.test(words[k + 1]!);
	const completed = words.some((_, k) => k > verbAt && infinitive(k));
	for (let k = words.length - 1; !completed && words.length > 12 && k > verbAt + 1; k -= 1)
		if (PREPOSITION.test(words[k]!)) words = words.slice(0, k);
	if (words.length < 3 || words.length > 12) return undefined;
	// "… is next scheduled to meet in" (its date taken out), "… from 22.1% driven" (its agent cut
	// off): an event that stops where its sentence goes on reads broken.
	const last = (words.at(-1) ?? '').toLowerCase();
	if (PREPOSITION.test(last) || /^(?:to|and|or|the|a|an)$/.test(last)) return undefined;
	const lastAt = sentence.text.toLowerCase().lastIndexOf(` ${last}`);
	if (/ed$|en$/.test(last) && /^\s+by\b/.test(sentence.text.slice(lastAt + last.length + 1)))
		return undefined;
	return capitalize(stripFinalPunctuation(words.join(' ')));
}

/** "damaged" left untagged: an "-ed" word that is neither noun nor adjective. */
const isBarePast = (t: Term) => /ed$/.test(t.normal) && !t.tags.has('Noun');

/** "He" or "She" right after exactly one named person (same sentence or the one before). */
function resolvePronoun(
	article: Article,
	sentence: ArticleSentence,
	word: string
): string | undefined {
	if (!/^(?:he|she)$/i.test(word)) return undefined;
	const near = article.mentions.filter(
		(m) =>
			m.kind === 'person' &&
			(m.sentence === sentence || m.sentence.position === sentence.position - 1)
	);
	const keys = new Set(near.map((m) => m.key));
	if (keys.size !== 1) return undefined;
	return article.entities.find((e) => e.kind === 'person' && e.key === near[0]!.key)?.name;
}

/** A date that says when something happened: "in March 2022", not "since 2019" or "by June". */
function isEventDate(date: DateMention): boolean {
	const before = date.sentence.text.slice(0, date.start);
	const after = date.sentence.text.slice(date.end);
	// "the June 2009 revolution" names a thing; "beginning March 5" sets a deadline.
	const notWhen =
		/\b(?:since|by|for|from|until|till|before|after|through|between|to|and|or|of|the|a|an|beginning|starting|effective)\s*$/i;
	if (notWhen.test(before) || /['’]s\s*$/.test(before)) return false;
	return !/^\s*(?:[-–—]|to\s|and\s)/.test(after) && date.precision !== 'weekday';
}

/**
 * Each dated clause as an event with the span of days it can fall on. A date without a year takes
 * the year given in its own sentence or the one before; otherwise it is only comparable with other
 * yearless dates, so "in February" is never put before "in 2016" on a guess.
 */
export function timedEvents(article: Article): TimedEvent[] {
	const events: TimedEvent[] = [];
	let year = 0;
	let yearAt = -2;
	for (const date of article.dates) {
		if (date.precision === 'weekday' || date.sentence.isQuestion) continue;
		const ownYear = Math.floor(date.sortKey / 10000);
		if (ownYear) [year, yearAt] = [ownYear, date.sentence.position];
		if (!isEventDate(date)) continue;
		const inherited = !ownYear && date.sentence.position - yearAt <= 1 ? year : 0;
		const key = ownYear ? date.sortKey : inherited * 10000 + date.sortKey;
		const [from, to] =
			date.precision === 'year'
				? [key + 101, key + 1231]
				: date.precision === 'month'
					? [key + 1, key + 31]
					: [key, key];
		const text = datedClause(article, date);
		if (text)
			events.push({
				text,
				sentence: date.sentence,
				cue: date.text,
				date,
				calendar: ownYear || inherited ? 'cal' : 'yearless',
				from,
				to
			});
	}
	return events;
}

/** The clause the date sits in; for "The story began in 2019, when X", the "when" clause X. */
function datedClause(article: Article, date: DateMention): string | undefined {
	const clauses = splitClauses(date.sentence);
	const inside = clauses
		.map((c, i) => ({ c, i }))
		.filter(({ c }) => c.firstTerm <= date.firstTerm && date.firstTerm < c.lastTerm)
		.sort((a, b) => a.c.lastTerm - a.c.firstTerm - (b.c.lastTerm - b.c.firstTerm))[0];
	if (!inside) return undefined;
	// "has drawn … in June 2009": a present perfect is never what a past date dates.
	const own = ownTerms(clauses, inside.i);
	if (own.some((t) => /^(?:has|have)$/.test(t.normal) && t.tags.has('Verb'))) return undefined;
	let text = clauseItem(article, clauses, inside.i);
	// "A flood in 2016 damaged 300 homes, and the council built walls in 2019", read as one clause.
	const part = inside.c.text.split(/,\s+and\s+/).find((p) => p.includes(date.text));
	if (!text && part && part !== inside.c.text) text = textItem(article, date.sentence, part);
	const when = clauses.findIndex((c, i) => c.parent === inside.i && c.connective === 'when' && i);
	if (when > 0 && (!text || wordsIn(text) <= 3)) return clauseItem(article, clauses, when);
	return text;
}

/** A clause as an event item; the subject it shares with the clause before is written out. */
export function clauseItem(
	article: Article,
	clauses: readonly Clause[],
	index: number
): string | undefined {
	const c = clauses[index]!;
	const { sentence } = c;
	// "officials said": the attribution is not an event of the story.
	if (clauses.some((o) => o.parent === index && o.kind === 'reported')) return undefined;
	if (c.kind === 'subordinate' && !/^(?:when|after|before|since|as)$/.test(c.connective ?? ''))
		return undefined;
	const words = (from: number, to: number) =>
		sentence.text.slice(sentence.terms[from]!.start, sentence.terms[to - 1]!.end);
	let subject = '';
	if (c.kind === 'relative') {
		const host = c.parent === undefined ? undefined : clauses[c.parent]?.subject;
		if (!/^(?:who|which)$/.test(c.connective ?? '') || !host || host.to < c.firstTerm - 1)
			return undefined;
		subject = words(host.from, host.to);
	} else if (c.subject && c.subject.from < c.firstTerm) {
		// Only a subject that opens the clause before is shared, not one inside its aside.
		const host = clauses[c.parent ?? index - 1];
		if (!host || host.firstTerm !== c.subject.from) return undefined;
		subject = words(c.subject.from, c.subject.to);
	}
	const verb = c.verb && sentence.terms.slice(c.verb.from, c.verb.to);
	return eventItem(article, sentence, c.text, ownTerms(clauses, index), subject, verb);
}

/** The clause's terms without those of clauses set inside it ("…, who joined in 2018, …"). */
function ownTerms(clauses: readonly Clause[], index: number): Term[] {
	const c = clauses[index]!;
	const inner = clauses.filter(
		(o, j) => j !== index && o.firstTerm >= c.firstTerm && o.lastTerm <= c.lastTerm
	);
	return c.sentence.terms
		.slice(c.firstTerm, c.lastTerm)
		.filter(
			(_, k) => !inner.some((o) => o.firstTerm <= c.firstTerm + k && c.firstTerm + k < o.lastTerm)
		);
}

/** An event cut from a sentence by its text ("By the time X, Y"); undefined unless verbatim. */
export function textItem(
	article: Article,
	sentence: ArticleSentence,
	text: string,
	subject = ''
): string | undefined {
	const at = sentence.text.indexOf(text);
	if (at < 0) return undefined;
	const terms = sentence.terms.filter((t) => t.start >= at && t.end <= at + text.length);
	return (
		eventItem(article, sentence, text, terms) ??
		(subject ? eventItem(article, sentence, text, terms, subject) : undefined)
	);
}
