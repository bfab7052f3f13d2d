import { gapPrompt } from '../compose/clause-gap';
import { candidate, cloze, ordering, singleChoice } from '../compose/draft';
import { quotesBalanced, stripFinalPunctuation } from '../text/grammar';
import { capitalize, wordsIn } from '../text/normalize';
import type { Article, Candidate, DateMention } from '../types';

interface DatedEvent {
	date: DateMention;
	/** The sentence with its date removed: "The river burst its banks". */
	event: string;
	sortKey: number;
}

/** Events with explicit dates, each date's missing year taken from the last year given before it. */
function datedEvents(article: Article): DatedEvent[] {
	const events: DatedEvent[] = [];
	let year = 0;
	for (const date of article.dates) {
		if (date.precision === 'weekday') continue;
		const ownYear = Math.floor(date.sortKey / 10000);
		if (ownYear) year = ownYear;
		const sortKey = ownYear ? date.sortKey : year * 10000 + date.sortKey;
		const event = eventWithoutDate(date);
		if (event && !date.sentence.isQuestion) events.push({ date, event, sortKey });
	}
	return events;
}

function eventWithoutDate(date: DateMention): string | undefined {
	const text = date.sentence.text;
	const before = text
		.slice(0, date.start)
		.replace(/\b(?:on|in|since|by|from|until|during|early|late|mid-|of)\s*$/i, '');
	const after = text.slice(date.end);
	let event = `${before.trimEnd()}${after}`
		.replace(/^\s*,\s*/, '')
		.replace(/\s+,/g, ',')
		.replace(/\s{2,}/g, ' ')
		.trim();
	event = stripFinalPunctuation(event.split(/;\s/)[0] ?? '').replace(
		/,\s+(when|after|as|before)\b/,
		' $1'
	);
	// A date inside a relative clause ("who joined in 2018") dates the clause, not the event.
	if (/\b(?:who|which|that)\b[^,]*$/i.test(text.slice(0, date.start))) return undefined;
	const otherDate = date.sentence.text.match(/\b(?:1[0-9]{3}|20[0-9]{2})\b/g) ?? [];
	if (otherDate.length > 1) return undefined;
	if (!event || wordsIn(event) < 3 || wordsIn(event) > 25 || !quotesBalanced(event))
		return undefined;
	if (/^(?:and|but|which|when)\b/i.test(event)) return undefined;
	return capitalize(event);
}

/** Ordering of dated events, "what happened in March 2019?", and a cloze for each date. */
export function timelineQuestions(article: Article): Candidate[] {
	const out: Candidate[] = [];
	const events = datedEvents(article);
	const byKey = new Map<number, DatedEvent>();
	for (const e of events) if (!byKey.has(e.sortKey) && e.sortKey > 10000) byKey.set(e.sortKey, e);
	const distinct = [...byKey.values()].sort((a, b) => a.sortKey - b.sortKey);
	if (distinct.length >= 3) {
		const step = distinct.length / Math.min(5, distinct.length);
		const picked = Array.from(
			{ length: Math.min(5, distinct.length) },
			(_, i) => distinct[Math.floor(i * step)]!
		);
		out.push(
			...candidate(
				ordering(
					{
						prompt:
							'Put these events in the order in which they happened, according to the article.',
						skill: 'sequence',
						evidence: picked.map((e) => e.date.sentence),
						difficulty: 'hard',
						explanation: picked.map((e) => `${e.date.text}: ${e.event}`).join('; ')
					},
					picked.map((e) => e.event)
				),
				8,
				'ordering:dates'
			)
		);
	}
	for (const e of events) {
		const others = events.filter((o) => o.sortKey !== e.sortKey && o.event !== e.event);
		const prompt = `According to the article, what happened ${e.date.precision === 'year' ? 'in' : e.date.precision === 'month' ? 'in' : 'on'} ${e.date.text}?`;
		out.push(
			...candidate(
				singleChoice(
					{
						prompt,
						skill: 'sequence',
						evidence: [e.date.sentence],
						explanation: `The article says: “${e.date.sentence.text}”`
					},
					e.event,
					others.map((o) => ({
						text: o.event,
						feedback: `The article dates this to ${o.date.text}.`
					}))
				),
				6,
				`date:${e.date.sentence.id}:${e.date.start}`
			)
		);
	}
	for (const date of article.dates) {
		if (date.sentence.isQuestion || wordsIn(date.sentence.text) > 60) continue;
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
			)
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
