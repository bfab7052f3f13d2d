import { MONTH_NAMES } from '../../../core/format';
import type { ArticleSentence, DateMention } from '../types';

const MONTH =
	'(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(1[0-9]{3}|20[0-9]{2})';

/** Most specific first, so "12 March 2023" is not also read as "March 2023". */
const PATTERNS: readonly {
	regex: RegExp;
	read: (m: RegExpExecArray) => [number, number, number];
}[] = [
	{
		regex: new RegExp(`\\b${DAY} ${MONTH},? ${YEAR}\\b`, 'g'),
		read: (m) => [+m[3]!, month(m[2]!), +m[1]!]
	},
	{
		regex: new RegExp(`\\b${MONTH} ${DAY},? ${YEAR}\\b`, 'g'),
		read: (m) => [+m[3]!, month(m[1]!), +m[2]!]
	},
	{ regex: new RegExp(`\\b${DAY} ${MONTH}\\b`, 'g'), read: (m) => [0, month(m[2]!), +m[1]!] },
	{
		regex: new RegExp(`\\b${MONTH} ${DAY}\\b(?!,? ?\\d)`, 'g'),
		read: (m) => [0, month(m[1]!), +m[2]!]
	},
	{ regex: new RegExp(`\\b${MONTH},? ${YEAR}\\b`, 'g'), read: (m) => [+m[2]!, month(m[1]!), 0] },
	{
		regex: new RegExp(
			`\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Dd]uring|of|[Ee]arly|[Ll]ate|mid-)\\s+${YEAR}\\b`,
			'g'
		),
		read: (m) => [+m[1]!, 0, 0]
	},
	{
		regex:
			/\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Dd]uring|[Ee]arly|[Ll]ate|mid-)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
		read: (m) => [0, month(m[1]!), 0]
	}
];
const WEEKDAY =
	/\b(?:on|last|next|this|by|until|since)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

function month(name: string): number {
	const prefix = name.slice(0, 3).toLowerCase();
	return MONTH_NAMES.findIndex((m) => m.startsWith(prefix)) + 1;
}

/**
 * Finds the dates a sentence gives: full dates, months, years, and weekdays (which cannot be sorted
 * without a calendar, so they only serve "when" questions). The span covers the date itself, not
 * the preposition before it.
 */
export function findDates(sentence: ArticleSentence): DateMention[] {
	const found: DateMention[] = [];
	const taken: [number, number][] = [];
	const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
	for (const { regex, read } of PATTERNS) {
		regex.lastIndex = 0;
		for (let m = regex.exec(sentence.text); m; m = regex.exec(sentence.text)) {
			const lead = /^(?:in|since|by|from|until|during|of|early|late|mid-)\s+/i.exec(m[0]);
			const start = m.index + (lead ? lead[0].length : 0);
			const end = m.index + m[0].length;
			if (overlaps(start, end)) continue;
			// "June 8-9" is a range: its first day alone is half the answer.
			if (/^[-–]\d/.test(sentence.text.slice(end))) continue;
			const [year, monthNumber, day] = read(m);
			if (monthNumber < 1 && year === 0) continue;
			taken.push([start, end]);
			found.push({
				...spanOf(sentence, start, end),
				sortKey: year * 10000 + Math.max(monthNumber, 0) * 100 + day,
				precision: day ? 'day' : monthNumber > 0 ? 'month' : 'year'
			});
		}
	}
	WEEKDAY.lastIndex = 0;
	for (let m = WEEKDAY.exec(sentence.text); m; m = WEEKDAY.exec(sentence.text)) {
		const start = m.index + m[0].length - m[1]!.length;
		if (overlaps(start, start + m[1]!.length)) continue;
		found.push({
			...spanOf(sentence, start, start + m[1]!.length),
			sortKey: 0,
			precision: 'weekday'
		});
	}
	return found.sort((a, b) => a.start - b.start);
}

function spanOf(sentence: ArticleSentence, start: number, end: number) {
	const firstTerm = Math.max(
		0,
		sentence.terms.findIndex((t) => t.end > start)
	);
	const after = sentence.terms.findIndex((t) => t.start >= end);
	return {
		sentence,
		start,
		end,
		firstTerm,
		lastTerm: after < 0 ? sentence.terms.length : after,
		text: sentence.text.slice(start, end)
	};
}
