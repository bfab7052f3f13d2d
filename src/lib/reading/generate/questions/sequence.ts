import nlp from 'compromise';
import { candidate, ordering, trueFalse } from '../compose/draft';
import { quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { fnv1a32 } from '../../../core/hash';
import { capitalize, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, Term } from '../types';
import { cleanClause } from './cause-patterns';
import { clauseItem, textItem, timedEvents, type TimedEvent } from './timeline';
import { splitClauses } from '../analyze/clauses';
import { lowerFirst } from '../text/lower-first';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "The unrest began on Sunday, when the price … doubled": the event that started the story. */
const BEGAN =
	/\b(?:began|started|erupted|broke out)(?:\s+on\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,?\s+(?:when|after)\s+/i;
/** "…, prompting protesters to take to the streets": what the beginning set off straight away. */
const SET_OFF = /,\s*(?:prompting|forcing|leading|causing)\s+(.+?)\s+to\s+(\w+)\b(.*)$/i;
const AFTER = /\s+after\s+/i;
const PRONOUN_START = /^(?:he|she|it|they|this|that|these|those|his|her|its|their)\b/i;

interface RelativeEvent {
	text: string;
	sentence: ArticleSentence;
	/** Order the article states: lower happened first. */
	rank: number;
	/** Shown in the explanation: why this event sits where it does. */
	cue: string;
}

interface Conjugations {
	two: { transform: { verb: { conjugate: (v: string, m: unknown) => { PastTense?: string } } } };
}
const conjugate = (nlp.methods() as unknown as Conjugations).two.transform.verb.conjugate;
const model = nlp.model();

/**
 * Events ordered by the article's own relative cues when it gives no dates: the event a story
 * "began" with comes first, what it set off ("prompting …") next, then events on later weekdays of
 * the same week ("earlier on Friday"). Nothing is ordered on a guess: without a beginning on a
 * weekday, weekdays alone say nothing about order, and "now" states are left out because they may
 * have started at any time.
 */
function relativeEvents(article: Article): RelativeEvent[] {
	const events: RelativeEvent[] = [];
	const begin = article.sentences
		.filter((s) => !s.isQuestion)
		.map((sentence) => ({ sentence, m: BEGAN.exec(sentence.text) }))
		.find((x) => x.m);
	if (!begin?.m) return events;
	const { sentence, m } = begin;
	const rest = sentence.text.slice(m.index + m[0].length);
	const first = cleanClause(rest);
	if (!first || PRONOUN_START.test(first)) return events;
	const day = m[1]?.toLowerCase();
	events.push({
		text: capitalize(first),
		sentence,
		rank: 0,
		cue: day ? `began on ${capitalize(day)}` : 'began'
	});
	const setOff = SET_OFF.exec(rest);
	const past = setOff ? conjugate(setOff[2]!.toLowerCase(), model).PastTense : undefined;
	if (setOff && past && !PRONOUN_START.test(setOff[1]!)) {
		const text = stripFinalPunctuation(`${setOff[1]} ${past}${setOff[3]}`);
		if (wordsIn(text) <= 14 && quotesBalanced(text))
			events.push({ text: capitalize(text), sentence, rank: 0.5, cue: 'followed at once' });
	}
	const startDay = day ? WEEKDAYS.indexOf(day) : -1;
	if (startDay < 0) return events;
	for (const date of article.dates) {
		if (date.precision !== 'weekday' || date.sentence === sentence || date.sentence.isQuestion)
			continue;
		const offset = (WEEKDAYS.indexOf(date.text.toLowerCase()) - startDay + 7) % 7;
		const text = withoutWeekday(date.sentence, date.start, date.end);
		if (offset === 0 || !text) continue;
		events.push({ text, sentence: date.sentence, rank: offset, cue: `on ${date.text}` });
	}
	return events;
}

/** "Fresh gunfire was heard near the square earlier on Friday." → without "earlier on Friday". */
function withoutWeekday(sentence: ArticleSentence, start: number, end: number): string | undefined {
	const before = sentence.text
		.slice(0, start)
		.replace(/\s*\b(?:(?:earlier|later)\s+)?(?:on|last|this|by|since|until)\s*$/i, '');
	const after = stripFinalPunctuation(sentence.text.slice(end));
	if (after.trim() && !/^[,.]/.test(after)) return undefined;
	const text = stripFinalPunctuation(before.trim());
	if (!text || wordsIn(text) < 4 || wordsIn(text) > 16 || !quotesBalanced(text)) return undefined;
	if (PRONOUN_START.test(text) || /,/.test(text)) return undefined;
	return capitalize(text);
}

/** "Chairman Robert Hale resigned after shareholders voted against his re-election." */
interface AfterPair {
	sentence: ArticleSentence;
	later: string;
	earlier: string;
}

function afterPairs(article: Article): AfterPair[] {
	const pairs: AfterPair[] = [];
	for (const sentence of article.sentences) {
		if (sentence.isQuestion || !quotesBalanced(sentence.text)) continue;
		const m = AFTER.exec(sentence.text);
		if (!m) continue;
		const clauseStart = Math.max(
			0,
			...[', when ', ', as ', ', and '].map((cut) => {
				const at = sentence.text.lastIndexOf(cut, m.index);
				return at < 0 ? 0 : at + cut.length;
			})
		);
		const later = stripFinalPunctuation(sentence.text.slice(clauseStart, m.index).trim());
		const earlier = cleanClause(sentence.text.slice(m.index + m[0].length));
		if (!earlier || wordsIn(later) < 3 || wordsIn(later) > 14 || /,/.test(later)) continue;
		if (PRONOUN_START.test(later) || PRONOUN_START.test(earlier)) continue;
		if (!isClause(sentence, later) || !isClause(sentence, earlier)) continue;
		pairs.push({ sentence, later, earlier });
	}
	return pairs;
}

/** A subject and a finite verb: "shareholders voted", not "leaving the company". */
function isClause(sentence: ArticleSentence, clause: string): boolean {
	const at = sentence.text.indexOf(clause);
	const terms: Term[] = sentence.terms.filter((t) => t.start >= at && t.end <= at + clause.length);
	const verb = terms.findIndex(
		(t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')
	);
	return verb > 0 && terms.slice(0, verb).some((t) => t.tags.has('Noun'));
}

function startLower(text: string, sentence: ArticleSentence): string {
	const first = sentence.terms.find((t) => text.startsWith(t.text));
	return first?.tags.has('ProperNoun') ? text : lowerFirst(text);
}

/** An event that stops on a preposition, a comma or an article was cut mid-phrase. */
const CUT_SHORT =
	/(?:[,;:]|\s(?:under|in|on|at|of|for|to|with|from|by|about|into|over|after|before|the|a|an|and|or|but|that|which|who))["”]?$/i;

/**
 * An ordering of events whose order the article makes certain (dates, "after", "then", a story that
 * "began on Sunday"), never their order of mention, and true/false on "A after B" (asked as "A
 * before B" when false).
 */
export function sequenceQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	const ordered = orderedEvents(article);
	if (ordered.length >= 3)
		out.push(
			...candidate(
				ordering(
					{
						prompt:
							'Put these events in the order in which they happened, according to the article.',
						skill: 'sequence',
						evidence: ordered.map((e) => e.sentence),
						difficulty: 'hard',
						explanation: ordered.map((e) => `${e.text} (${e.cue})`).join(' → ')
					},
					ordered.map((e) => e.text)
				),
				7.5,
				'ordering:events'
			).map((c) => ({ ...c, kind: 'sequence' as const }))
		);
	for (const pair of afterPairs(article)) {
		const isTrue = fnv1a32(pair.sentence.text) % 2 === 0;
		const later = startLower(pair.later, pair.sentence);
		const earlier = startLower(pair.earlier, pair.sentence);
		// "…a policy known as "catch and release," under": an event cut before "which" is no event.
		if ([later, earlier].some((event) => CUT_SHORT.test(event))) continue;
		out.push(
			...candidate(
				trueFalse(
					{
						prompt: `True or false? According to the article, ${later} ${isTrue ? 'after' : 'before'} ${earlier}.`,
						skill: 'sequence',
						evidence: [pair.sentence],
						difficulty: 'medium',
						explanation: `${isTrue ? 'True' : 'False'}: the article says ${later} after ${earlier}.`
					},
					isTrue
				),
				5.5,
				`after:${pair.sentence.id}`
			)
		);
	}
	return out;
}

const LATER_START =
	/^(?:then|later|afterwards?|soon after(?:wards)?|shortly after(?:wards)?|(?:\w+ )?(?:hours|days|weeks|months|years) later|the (?:next|following) (?:day|week|month|year)|later that (?:day|week|month|year))\b/i;
/** "Police later arrested…": the adverb before a past verb places it after the sentence before. */
const LATER_INSIDE = /^[^,]*?\b(?:then|later|subsequently|afterwards)\s+(?:\p{Ll}+ed|was|were)\b/u;
const EARLIER_START =
	/^(?:earlier|before that|previously)(?: (?:that|this) (?:day|week|month|year))?,/i;

/** [earlier, later] pairs the article states, within a sentence or with the sentence before. */
function statedRelations(article: Article): [TimedEvent, TimedEvent][] {
	const out: [TimedEvent, TimedEvent][] = [];
	const event = (s: ArticleSentence, text: string | undefined, cue: string) =>
		text ? { text, sentence: s, cue } : undefined;
	const relate = (a: TimedEvent | undefined, b: TimedEvent | undefined) => {
		if (a && b && a.text !== b.text) out.push([a, b]);
	};
	let previous: TimedEvent | undefined;
	for (const s of article.sentences) {
		if (s.isQuestion || !quotesBalanced(s.text)) {
			previous = undefined;
			continue;
		}
		const clauses = splitClauses(s);
		const items = clauses.map((_, i) => clauseItem(article, clauses, i));
		clauses.forEach((c, i) => {
			const parent = c.parent ?? (c.kind === 'coordinate' ? i - 1 : -1);
			const host = event(s, items[parent], 'stated order');
			const own = event(s, items[i], c.connective ?? '');
			const between = parent >= 0 ? s.text.slice(clauses[parent]!.end, c.start) : '';
			if (/\b(?:after|since)$/.test(c.connective ?? '')) relate(own, host);
			else if (/\bbefore$/.test(c.connective ?? '')) relate(host, own);
			else if (/\bthen\s*$/i.test(between) || /^then\b/i.test(c.text)) relate(host, own);
			const then = /,?\s+(?:and\s+)?then\s+/.exec(c.text);
			const subject = c.subject
				? s.text.slice(s.terms[c.subject.from]!.start, s.terms[c.subject.to - 1]!.end)
				: '';
			if (then && then.index > 0)
				relate(
					event(s, textItem(article, s, c.text.slice(0, then.index)), 'first'),
					event(s, textItem(article, s, c.text.slice(then.index + then[0].length), subject), 'then')
				);
			const byTheTime = /^by the time\s+([^,]+),\s+(.+)$/i.exec(c.text);
			if (byTheTime)
				relate(
					event(s, textItem(article, s, byTheTime[2]!), 'had already happened'),
					event(s, textItem(article, s, byTheTime[1]!), 'by the time')
				);
		});
		const first = items.findIndex(Boolean);
		const current = event(s, items[first], 'later');
		if (previous && current && first >= 0) {
			if (LATER_START.test(s.text) || LATER_INSIDE.test(clauses[first]!.text))
				relate(previous, current);
			else if (EARLIER_START.test(s.text)) relate({ ...current, cue: 'earlier' }, previous);
		}
		previous = current ? { ...current, cue: 'before the next sentence' } : undefined;
	}
	return out;
}

/**
 * The longest run of events, up to five, whose order is certain: dates of one calendar compared
 * as spans of days (2022 is not before March 2022), stated orders, and everything they imply. A
 * contradiction (A before B and B before A) means something was misread, so nothing is ordered.
 */
function orderedEvents(article: Article): TimedEvent[] {
	const week = relativeEvents(article)
		.filter((e) => wordsIn(e.text) <= 12)
		.map(({ rank, ...e }) => ({ ...e, calendar: 'week', from: rank, to: rank }));
	const stated = statedRelations(article);
	const byKey = new Map<string, TimedEvent>();
	for (const e of [...week, ...timedEvents(article), ...stated.flat()]) {
		const known = byKey.get(e.text.toLowerCase());
		if (!known || (!known.calendar && e.calendar)) byKey.set(e.text.toLowerCase(), e);
	}
	const nodes = [...byKey.values()].slice(0, 60);
	const index = new Map(nodes.map((e, i) => [e.text.toLowerCase(), i]));
	const less = nodes.map((a) =>
		nodes.map((b) => a.calendar !== undefined && a.calendar === b.calendar && a.to! < b.from!)
	);
	for (const [a, b] of stated) {
		const [i, j] = [index.get(a.text.toLowerCase()), index.get(b.text.toLowerCase())];
		if (i !== undefined && j !== undefined) less[i]![j] = true;
	}
	const n = nodes.length;
	for (let k = 0; k < n; k += 1)
		for (let i = 0; i < n; i += 1)
			if (less[i]![k]) for (let j = 0; j < n; j += 1) if (less[k]![j]) less[i]![j] = true;
	if (less.some((row, i) => row[i])) return [];
	// In a transitive order an event has fewer predecessors than any event after it.
	const preds = nodes.map((_, j) => less.filter((row) => row[j]).length);
	const order = nodes.map((_, i) => i).sort((a, b) => preds[a]! - preds[b]! || a - b);
	const best = new Array<number>(n).fill(1);
	const back = new Array<number>(n).fill(-1);
	for (const j of order)
		for (const i of order)
			if (less[i]![j] && best[i]! + 1 > best[j]!) [best[j], back[j]] = [best[i]! + 1, i];
	let end = order.reduce((m, i) => (best[i]! > best[m]! ? i : m), order[0] ?? 0);
	const chain: TimedEvent[] = [];
	for (; end >= 0 && n > 0; end = back[end]!) chain.unshift(nodes[end]!);
	if (chain.length < 3) return [];
	const step = (chain.length - 1) / (Math.min(5, chain.length) - 1);
	return Array.from({ length: Math.min(5, chain.length) }, (_, i) => chain[Math.round(i * step)]!);
}
