import type { Clause } from '../analyze/clauses';
import { candidate, shortAnswer, singleChoice } from '../compose/draft';
import { invertWithWh, stripFinalPunctuation } from '../text/grammar';
import { containsAnswer, wordsIn } from '../text/normalize';
import { wellFormed } from '../text/question-grammar';
import type { Article, ArticleSentence, Candidate } from '../types';
import { wholeSubject } from './clause-parts';

const DATE_LEAD = /\b(?:on|in|at|by|since|during|until|from|between)\s+$/i;

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
