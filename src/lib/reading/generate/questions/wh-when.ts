import { inSpan } from '../text/spans';
import type { Clause } from '../analyze/clauses';
import { candidate, shortAnswer, singleChoice } from '../compose/draft';
import { invertWithWh, stripFinalPunctuation } from '../text/grammar';
import { containsAnswer, wordsIn } from '../text/normalize';
import { wellFormed } from '../text/question-grammar';
import type { Article, ArticleSentence, Candidate, DateMention } from '../types';
import { participleAfterNoun, wholeSubject } from './clause-parts';

const DATE_LEAD = /\b(?:on|in|at|by|since|during|until|from|between)\s+$/i;
/** "In May, …", "Then in 1953 …": what may come before a date that opens its clause. */
const FRONTED_LEAD =
	/^(?:(?:then|but|and|later|earlier)\s*,?\s+)?(?:on|in|by|since|during|until)\s+$/i;

/**
 * "The government will run out of money December 8 unless …": a date with no preposition ends
 * the verb phrase when a noun comes before it and the clause (or a condition) after it.
 */
function endsVerbPhrase(
	sentence: ArticleSentence,
	start: number,
	end: number,
	clauseEnd: number
): boolean {
	const before = sentence.terms.filter((t) => t.end <= start).pop();
	// "beginning March 5", "effective June 1": a participle or adjective makes the date a modifier.
	if (
		!before?.tags.has('Noun') ||
		before.tags.has('Adjective') ||
		/ing$/.test(before.normal) ||
		/[,;:]/.test(before.post)
	)
		return false;
	const after = sentence.text.slice(end, clauseEnd);
	return /^\s*(?:[,.;:]|$|(?:unless|when|if|after|before)\b)/i.test(after);
}

/**
 * "When did the court rule on the travel ban?" for a date (not a weekday) inside a clause with a
 * subject and a verb: the date and its preposition leave the clause, the rest is turned around.
 */
export function whenQuestion(
	article: Article,
	sentence: ArticleSentence,
	clause: Clause
): Candidate[] {
	const { subject, verb } = clause;
	if (!subject || !verb) return [];
	const { terms } = sentence;
	const out: Candidate[] = [];
	const clauseEnd = terms[clause.lastTerm - 1]!.end;
	const verbEnd = terms[verb.to - 1]!.end;
	const subjectStart = terms[subject.from]!.start;
	const clauseStart = terms[clause.firstTerm]!.start;
	for (const date of article.dates) {
		if (date.sentence !== sentence || date.precision === 'weekday') continue;
		if (date.end > clauseEnd) continue;
		let rest: string;
		const fronted = date.end <= subjectStart && date.start >= clauseStart;
		if (fronted) {
			// "Then in May he announced a joint initiative": a date set before the subject.
			const opener = sentence.text.slice(clauseStart, date.start);
			const between = sentence.text.slice(date.end, subjectStart);
			if (!FRONTED_LEAD.test(opener) || !/^\s*,?\s*$/.test(between)) continue;
			rest = stripFinalPunctuation(
				sentence.text.slice(verbEnd, clauseEnd).split(/;|:(?!\d)|,\s/)[0] ?? ''
			).trim();
		} else {
			if (date.start < verbEnd) continue;
			// "follows a law passed by the parliament in 2022": the date is the law's.
			const dateAt = terms.findIndex((t) => t.start >= date.start);
			if (participleAfterNoun(terms, verb.to, dateAt)) continue;
			const before = sentence.text.slice(verbEnd, date.start);
			const lead =
				DATE_LEAD.exec(before) ??
				(endsVerbPhrase(sentence, date.start, date.end, clauseEnd)
					? { index: before.length }
					: null);
			// "the June 2009 Green Revolution", "beginning March 5": a date that modifies is no "when".
			if (!lead) continue;
			// "DACA is a policy established in 2012": after a bare "is", the date belongs to the
			// participle that describes the noun, not to the clause.
			const beforeLead = sentence.terms.filter((t) => t.end <= verbEnd + lead.index).pop();
			const copula = verb.to - verb.from === 1 && sentence.terms[verb.from]!.tags.has('Copula');
			if (
				copula &&
				beforeLead &&
				beforeLead.start > verbEnd &&
				(beforeLead.tags.has('Participle') || beforeLead.tags.has('PastTense'))
			)
				continue;
			const head = before.slice(0, lead.index);
			// "…refused to lift a ban that has been in place since Sept. 15": the date is the
			// relative clause's; "until 2030", "since May": an end or a start, not when it happened.
			if (/\s(?:that|which|who)\s/.test(` ${head} `) || /\b(?:until|since)\s+$/i.test(before))
				continue;
			// "The impetus was a decision by Sessions in January": after a bare "was", a date past a
			// noun phrase dates that noun, not the clause ("The vote was on Monday" keeps its when).
			if (copula && head.trim()) continue;
			// "… December 8 unless the council acts": a condition is no part of the question.
			const tail =
				sentence.text
					.slice(date.end, clauseEnd)
					.split(/;|:(?!\d)|,\s|\s(?=(?:unless|if|because|although|while)\s)/)[0] ?? '';
			rest = stripFinalPunctuation(`${head} ${tail}`.replace(/\s+/g, ' ').trim());
			if (/[,;:]/.test(head)) continue;
		}
		// "…an end to the program that shielded young immigrants who were brought …": a long rest
		// stops before its relative clause, which only says more about a thing already named.
		const relative = /\s(?:that|which|who)\s/.exec(rest);
		if (wordsIn(rest) > 14 && relative && wordsIn(rest.slice(0, relative.index)) >= 2)
			rest = rest.slice(0, relative.index);
		if (wordsIn(rest) > 14) continue;
		// The date itself stands before a fronted subject, which is whole.
		if (!fronted && !wholeSubject(sentence, subject)) continue;
		const prompt = invertWithWh(article, sentence, verb.from, verb.to, 'When', rest, subject.from);
		if (!prompt || !wellFormed(prompt, article.introducedNouns)) continue;
		if (containsAnswer(prompt, date.text)) continue;
		// "sold between January 2023 and August 2025": one end of a span is no answer to "When".
		if (inSpan(sentence.text, date.start, date.end)) continue;
		const others = article.dates
			.filter(
				(d) =>
					d.text !== date.text &&
					d.precision !== 'weekday' &&
					!containsAnswer(prompt, d.text) &&
					// "Sept. 1" for a petition filed "in September" is not wrong.
					!withinOneAnother(d, date) &&
					sameDateShape(d, date)
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

/**
 * Whether one date falls within the other ("Sept. 1" in "September", "March 2017" in "2017"): every
 * part the vaguer one gives, the other gives the same. A date without a year is no day of "2012".
 */
export function withinOneAnother(a: DateMention, b: DateMention): boolean {
	const [x, y] = [dateParts(a), dateParts(b)];
	const vaguer = x.filter((p) => p !== 0).length <= y.filter((p) => p !== 0).length ? x : y;
	const other = vaguer === x ? y : x;
	return vaguer.some((p) => p !== 0) && vaguer.every((p, i) => p === 0 || p === other[i]);
}

/**
 * Whether two dates give the same parts (a year, a month, a day): "1959" among "November" and
 * "August" is no option a reader weighs, and the one year among dates gives itself away.
 */
export function sameDateShape(a: DateMention, b: DateMention): boolean {
	const [x, y] = [dateParts(a), dateParts(b)];
	return x.every((part, i) => (part === 0) === (y[i] === 0));
}

/** A date's year, month and day, each 0 when the article does not give it. */
const dateParts = (d: DateMention): number[] => [
	Math.floor(d.sortKey / 10000),
	Math.floor(d.sortKey / 100) % 100,
	d.sortKey % 100
];
