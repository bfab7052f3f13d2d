import { inSpan } from '../text/spans';
import { candidate, shortAnswer } from '../compose/draft';
import { invertWithWh, quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { wordsIn } from '../text/normalize';
import type { Article, Candidate, DateMention } from '../types';
import { NOT_EVENTS } from './cause-patterns';
import { dateVariants } from './timeline';
import { participleAfterNoun } from './clause-parts';

const DATE_PREPOSITION = /\b(?:in|on|during)\s*$/i;
const CLAUSE_END = /[,;:(]|\s(?:and|but|while|which|who|when|after|before)\s/;

/**
 * "When did Denmark join the EU?" from "In 1972, Denmark joined the EU." or "Denmark joined the EU
 * in 1972.": a typed "when" question for a date that dates the sentence's main clause. Only simple
 * clauses are turned around; anything else is left to the date's gap-fill.
 */
export function whenQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	for (const date of article.dates) {
		if (date.precision === 'weekday' || date.sentence.isQuestion) continue;
		if (wordsIn(date.sentence.text) > 45 || !quotesBalanced(date.sentence.text)) continue;
		if (inSpan(date.sentence.text, date.start, date.end)) continue;
		const prompt = whenPrompt(article, date);
		if (!prompt) continue;
		const others = article.dates.filter((d) => d.text !== date.text).map((d) => d.text);
		out.push(
			...candidate(
				shortAnswer(
					{
						prompt,
						skill: 'detail',
						evidence: [date.sentence],
						difficulty: 'medium',
						explanation: `The article says: “${date.sentence.text}”`
					},
					[date.text, ...dateVariants(date.text)],
					others
				),
				5.5,
				`date:${date.sentence.id}:${date.start}`
			)
		);
	}
	return out;
}

function whenPrompt(article: Article, date: DateMention): string | undefined {
	const { sentence } = date;
	const { text, terms } = sentence;
	const before = text.slice(0, date.start);
	if (!DATE_PREPOSITION.test(before)) return undefined;
	const opener = /^\s*(?:in|on|during)\s*$/i.test(before) && /^,\s/.test(text.slice(date.end));
	// The clause the date belongs to: after "In 1972," or from the sentence's start.
	const clauseStart = opener ? terms.findIndex((t) => t.start > date.end) : 0;
	if (clauseStart < 0) return undefined;
	const verbIndex = terms.findIndex((t, i) => i >= clauseStart && t.tags.has('Verb'));
	if (verbIndex <= clauseStart) return undefined;
	// "When Sky Digital was launched…" is a subordinate clause; "establishment headed by" a reduced one.
	if (
		terms
			.slice(clauseStart, verbIndex)
			.some((t) => t.tags.has('QuestionWord') || t.tags.has('Conjunction'))
	)
		return undefined;
	if (
		terms[verbIndex + 1]?.normal === 'by' &&
		!terms[verbIndex - 1]?.tags.has('Auxiliary') &&
		!terms[verbIndex]!.tags.has('Auxiliary')
	)
		return undefined;
	// "The Kariba Dam, completed in 1959, is …": a participle set off after its noun describes it;
	// the clause's verb comes later ("When did the Kariba Dam complete?" misreads it).
	if (/,/.test(terms[verbIndex - 1]?.post ?? '') && !terms[verbIndex]!.tags.has('Auxiliary'))
		return undefined;
	let verbEnd = verbIndex + 1;
	while (terms[verbEnd]?.tags.has('Verb') || terms[verbEnd]?.tags.has('Adverb')) verbEnd += 1;
	while (verbEnd > verbIndex + 1 && !terms[verbEnd - 1]!.tags.has('Verb')) verbEnd -= 1;
	if (terms.slice(verbIndex, verbEnd).some((t) => /[,;:]/.test(t.post))) return undefined;
	// "the pension funds, led by…": compromise can read a plural noun after a noun as a verb.
	const verb = terms[verbIndex]!;
	if (/s$/.test(verb.text) && terms[verbIndex - 1]?.tags.has('Noun') && !verb.tags.has('Auxiliary'))
		return undefined;
	const afterVerb = terms[verbEnd - 1]!.end;
	let rest: string;
	if (opener) {
		rest = text.slice(afterVerb).split(CLAUSE_END)[0] ?? '';
	} else {
		if (date.start < afterVerb) return undefined;
		// "approved a plan drawn up by engineers in March": the date is the plan's.
		const dateAt = terms.findIndex((t) => t.start >= date.start);
		if (participleAfterNoun(terms, verbEnd - 1, dateAt)) return undefined;
		const middle = text.slice(afterVerb, date.start).replace(DATE_PREPOSITION, '');
		const tail = text.slice(date.end).split(CLAUSE_END)[0] ?? '';
		if (CLAUSE_END.test(middle) || wordsIn(tail) > 10) return undefined;
		rest = `${middle.trim()} ${tail.trim()}`;
	}
	rest = stripFinalPunctuation(rest.trim().replace(/\s{2,}/g, ' '));
	if (wordsIn(rest) > 14 || !quotesBalanced(rest)) return undefined;
	// "When did the story begin?" asks about the telling, not about an event.
	const subject = text.slice(terms[clauseStart]!.start, terms[verbIndex - 1]!.end);
	if (NOT_EVENTS.test(subject)) return undefined;
	return invertWithWh(article, sentence, verbIndex, verbEnd, 'When', rest, clauseStart);
}
