import nlp from 'compromise';
import { candidate, ordering, trueFalse } from '../compose/draft';
import { quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { hash32 } from '../text/hash';
import { capitalize, wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Candidate, Term } from '../types';
import { cleanClause } from './cause-patterns';

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
export function relativeEvents(article: Article): RelativeEvent[] {
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
	return first?.tags.has('ProperNoun') ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Sequence questions from relative cues: an ordering of events when the article states their order
 * without dates, and true/false on "A after B" (asked as "A before B" when false).
 */
export function sequenceQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	const hasDates = article.dates.some((d) => d.precision !== 'weekday');
	const events = relativeEvents(article);
	const ranks = new Set(events.map((e) => e.rank));
	if (!hasDates && events.length >= 3 && ranks.size === events.length) {
		const ordered = [...events].sort((a, b) => a.rank - b.rank).slice(0, 5);
		out.push(
			...candidate(
				ordering(
					{
						prompt:
							'Put these events in the order in which they happened, according to the article.',
						skill: 'sequence',
						evidence: ordered.map((e) => e.sentence),
						difficulty: 'hard',
						explanation: ordered.map((e) => `${e.text} (${e.cue})`).join('; ')
					},
					ordered.map((e) => e.text)
				),
				8,
				'ordering:relative'
			)
		);
	}
	for (const pair of afterPairs(article)) {
		const isTrue = hash32(pair.sentence.text) % 2 === 0;
		const later = startLower(pair.later, pair.sentence);
		const earlier = startLower(pair.earlier, pair.sentence);
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
