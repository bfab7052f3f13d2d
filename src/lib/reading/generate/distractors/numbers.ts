import type { NumberMention } from '../types';
import { SMALL_NUMBER_WORDS } from '../../../quiz/grade';

/**
 * Wrong amounts of the same kind and scale as the answer, written the way the article writes it:
 * for 3% → 1%, 7%, 12%; for 2,500 → 1,300, 5,000, 10,000. Other amounts of the same unit in the
 * article come first. Never the answer, never zero, never a percentage above 100.
 */
export function numberDistractors(
	answer: NumberMention,
	others: readonly NumberMention[],
	count: number
): string[] {
	const values: number[] = [];
	const { text } = answer.sentence;
	const bound = changeBound(text.slice(0, answer.start), text.slice(answer.end));
	const cap = periodCap(answer.unit?.split(' ')[0] ?? '', answer.value, text);
	const add = (value: number) => {
		if (value <= 0 || value === answer.value || values.includes(value)) return;
		if (answer.isPercent && value > 100) return;
		// "daily blackouts of up to _____ hours": never 38 of them.
		if (cap !== undefined && value > cap) return;
		// "cut the rate from 21% to _____": a cut ends below where it started.
		if (contradictsChange(value, bound)) return;
		values.push(value);
	};
	others
		.filter(
			(o) =>
				o.isPercent === answer.isPercent &&
				o.isMoney === answer.isMoney &&
				o.unit === answer.unit &&
				standsInFor(o.value, answer.value)
		)
		.forEach((o) => add(o.value));
	for (const factor of scaleFactors(answer)) add(roundLike(answer.value * factor, answer.value));
	// A change's direction may leave too few: nearer amounts on its side make up the count.
	if (values.length < count)
		for (const factor of NEAR_FACTORS) add(roundLike(answer.value * factor, answer.value));
	return values.slice(0, count).map((value) => format(value, answer));
}

/** How many of a unit fit in the period the sentence counts them by: 24 hours in a day. */
const PERIODS: readonly (readonly [unit: RegExp, period: RegExp, most: number])[] = [
	[/^hours?$/, /\b(?:daily|a day|per day|each day|every day)\b/i, 24],
	[/^minutes?$/, /\b(?:an hour|per hour|each hour|every hour|hourly)\b/i, 60],
	[/^days?$/, /\b(?:a week|per week|each week|every week|weekly)\b/i, 7],
	[/^months?$/, /\b(?:a year|per year|each year|every year|annually|yearly)\b/i, 12]
];

/**
 * The most of a unit the sentence's period holds ("daily blackouts of up to _____ hours" → 24), or
 * nothing when it counts by no period or the answer itself is larger.
 */
export function periodCap(unitWord: string, answerValue: number, text: string): number | undefined {
	const unit = unitWord.toLowerCase();
	const found = PERIODS.find(
		([u, period, most]) => u.test(unit) && period.test(text) && answerValue <= most
	);
	return found?.[2];
}

const FALLING =
	/\b(?:cut|cuts|cutting|lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing|fell|fall|falls|falling|drop|drops|dropped|decline|declines|declined|slash|slashed|trim|trimmed|ease|eased|slow|slowed|shrank|shrink|narrowed|down)\b/i;
const RISING =
	/\b(?:raise|raises|raised|raising|increase|increases|increased|increasing|rose|rise|rises|rising|climb|climbed|jump|jumped|grew|grow|hike|hiked|lift|lifted|boost|boosted|soar|soared|surge|surged|widened|up)\b/i;
const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per cent)?`;
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+\$?${AMOUNT}\s+to\s+$`, 'i');
const FROM_AFTER = new RegExp(String.raw`^\s*(?:%|percent|per cent)?\s*from\s+\$?${AMOUNT}`, 'i');

/**
 * "cut its rate from 21% to 12%", "raised … to 20% from 15%": the amount a change started from and
 * which way it went, read from the words before and after the answer. Nothing when the sentence
 * says neither.
 */
export function changeBound(
	before: string,
	after: string
): { from: number; direction: 'up' | 'down' } | undefined {
	const start = (FROM_BEFORE.exec(before) ?? FROM_AFTER.exec(after))?.[1];
	if (start === undefined) return undefined;
	const from = Number(start.replace(/,/g, ''));
	const verbs = before.split(/[.;:]/).at(-1) ?? '';
	const falling = FALLING.test(verbs);
	if (falling === RISING.test(verbs) || !Number.isFinite(from)) return undefined;
	return { from, direction: falling ? 'down' : 'up' };
}

/** Whether an amount goes against a change: above where a cut started, below where a rise did. */
export const contradictsChange = (
	value: number,
	bound: { from: number; direction: 'up' | 'down' } | undefined
): boolean =>
	bound !== undefined && (bound.direction === 'down' ? value > bound.from : value < bound.from);

/** Whether two amounts are under ten times each other: 18 and 30, not 18 and 410,000. */
const sameScale = (a: number, b: number): boolean => a > 0 && b > 0 && a / b < 10 && b / a < 10;

/**
 * Whether another amount of the article may stand in for the answer as a wrong option: of the same
 * scale ("$48 per share" never borrows "$3.2 billion") and the same kind ("fallen to _____ from
 * 2.9", 1.7, offers no whole count of something else).
 */
export const standsInFor = (other: number, answer: number): boolean =>
	sameScale(other, answer) && Number.isInteger(other) === Number.isInteger(answer);

const NEAR_FACTORS = [1.25, 0.8, 1.5, 0.6, 3, 0.3];

function scaleFactors(answer: NumberMention): number[] {
	const v = answer.value;
	if (answer.isPercent) {
		if (v < 10) return [1 / 3, 2.4, 4, 6];
		if (v <= 50) return [0.5, 1.5, 2, 0.25];
		return [0.5, 0.75, 0.9, 0.25];
	}
	return [0.5, 2, 4, 0.25, 3];
}

/** Rounds to the answer's precision so distractors look like real figures, not computed ones. */
function roundLike(value: number, like: number): number {
	if (!Number.isInteger(like)) return Math.round(value * 10) / 10;
	if (like < 20) return Math.max(1, Math.round(value));
	const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
	return Math.round(value / magnitude) * magnitude;
}

/** Number words for the values 0–20, as the article might write them. */
const WORDS: readonly string[] = [...SMALL_NUMBER_WORDS, 'twenty'];

/** Writes `value` in the answer's style: "%", "$", thousands separators, words for small numbers. */
export function format(value: number, like: NumberMention): string {
	const text = like.text;
	if (/^[a-z]/i.test(text) && !like.isPercent && Number.isInteger(value) && value <= 20) {
		const word = WORDS[value] ?? String(value);
		return /^[A-Z]/.test(text) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
	}
	const scale = /\b(thousand|million|billion|trillion)\b/i.exec(text);
	const multiplier = scale
		? { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[
				scale[1]!.toLowerCase() as 'million'
			]
		: 1;
	const scaled = value / multiplier;
	const digits =
		/,/.test(text) || scaled >= 10000 ? scaled.toLocaleString('en-US') : String(scaled);
	const currency = /^[$€£¥]/.exec(text)?.[0] ?? '';
	const percent = like.isPercent
		? /%/.test(text)
			? '%'
			: /per cent/i.test(text)
				? ' per cent'
				: ' percent'
		: '';
	return `${currency}${digits}${scale ? ` ${scale[1]}` : ''}${percent}`;
}
