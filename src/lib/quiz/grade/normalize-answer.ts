import { MONTH_NAMES } from '../../core/format';
import { numberWordsToDigits } from './number-words';

/**
 * Brings a typed answer to a canonical form so that differences a reader would not call a mistake
 * disappear: case, accents, punctuation, spacing, a leading article or possessive ("his trial"),
 * thousands separators, ordinal endings ("March 5th"), numbers written in words and the order and
 * abbreviation of a date ("14 Jan." is "January 14"). Both the
 * student's answer and every accepted answer go through the same steps.
 */

const MARKS = /\p{M}/gu;
/** Apostrophes vanish rather than split a word, so "Xi’s" and "Xis" read the same. */
const APOSTROPHES = /['’ʼ‘`´]/g;
/**
 * A number written with thousands separators ("2,500", "2 500", "1,234,567"): a group of 1–3 digits
 * not after a decimal point, then groups of exactly 3 digits, all with the same separator. Matched as
 * a whole (no look-behind) so a 100 KB run of groups stays linear.
 */
const GROUPED_NUMBER = /(^|[^\d.])(\d{1,3}(?:([, ])\d{3})(?:\3\d{3})*)(?!\d)/g;
const removeSeparators = (_: string, before: string, digits: string) =>
	before + digits.replace(/[, ]/g, '');
/**
 * A token is a number (a minus only at the start of a word, so "covid-19" is not negative, and a
 * decimal point only between digits) or a run of letters and digits. Everything else separates.
 */
const TOKEN = /(?:(?<![\p{L}\p{N}])-)?(?:\d+(?:\.\d+)?|\.\d+)|[\p{L}\p{N}]+/gu;
/** A word before the answer that no key would be marked wrong without: "the trial", "his trial". */
const LEADING_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
/** "in November", "at the town hall": where or when, written with its preposition or without. */
const LEADING_PLACE_OR_TIME = new Set(['in', 'on', 'at']);
/** "5th", "1st", "22nd", "3rd": a day of the month as a key writes it, "March 5". */
const ORDINAL = /(\d)(?:st|nd|rd|th)(?![\p{L}\p{N}])/gu;

/**
 * Lower case, compatibility forms folded (full-width "３" → "3", "ﬁ" → "fi", no-break spaces → spaces)
 * and accents stripped (NFKD, then the combining marks removed).
 */
export function foldCharacters(text: string): string {
	return text.toLowerCase().normalize('NFKD').replace(MARKS, '');
}

/** The canonical tokens of an answer; `normalizeAnswer` joins them with single spaces. */
export function answerTokens(text: string): string[] {
	const folded = foldCharacters(text)
		.replace(GROUPED_NUMBER, removeSeparators)
		.replace(/%/g, ' percent ')
		.replace(/&/g, ' and ')
		.replace(APOSTROPHES, '')
		.replace(ORDINAL, '$1');
	const raw = Array.from(folded.matchAll(TOKEN), (match) => match[0]);
	const tokens = sameDates(sameCountryNames(numberWordsToDigits(joinPerCent(raw))));
	// Only strip what leaves something behind: "A" can be an answer ("vitamin A" aside).
	let start = tokens.length > 1 && LEADING_PLACE_OR_TIME.has(tokens[0] ?? '') ? 1 : 0;
	if (tokens.length - start > 1 && LEADING_DETERMINERS.has(tokens[start] ?? '')) start += 1;
	return tokens.slice(start);
}

/**
 * News writes one country several ways, and a student may use any: "U.S. officials" answers
 * "American officials", "the UK" answers "Britain". Each way is read as one token.
 */
const COUNTRY_FORMS: readonly (readonly [readonly string[], string])[] = [
	[['united', 'states', 'of', 'america'], 'us'],
	[['united', 'states'], 'us'],
	[['u', 's', 'a'], 'us'],
	[['u', 's'], 'us'],
	[['usa'], 'us'],
	[['america'], 'us'],
	[['american'], 'us'],
	[['united', 'kingdom'], 'uk'],
	[['u', 'k'], 'uk'],
	[['britain'], 'uk'],
	[['great', 'britain'], 'uk'],
	[['british'], 'uk']
];

function sameCountryNames(tokens: readonly string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < tokens.length;) {
		const form = COUNTRY_FORMS.find(([words]) => words.every((w, k) => tokens[i + k] === w));
		out.push(form ? form[1] : tokens[i]!);
		i += form ? form[0].length : 1;
	}
	return out;
}

const MONTH_ABBREVIATIONS = new Map([
	...MONTH_NAMES.map((month) => [month.slice(0, 3), month] as const),
	['sept', 'september']
]);
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;
const isMonth = (token: string | undefined) => token !== undefined && MONTH_NAMES.includes(token);

/**
 * "Jan. 14", "14 January" and "January 14" name one day: a month's abbreviation next to a day is
 * the month, and the day follows it. Elsewhere "mar" and "dec" stay words.
 */
function sameDates(tokens: readonly string[]): string[] {
	const out = tokens.map((token, i) =>
		MONTH_ABBREVIATIONS.has(token) &&
		(DAY.test(tokens[i + 1] ?? '') || DAY.test(tokens[i - 1] ?? ''))
			? MONTH_ABBREVIATIONS.get(token)!
			: token
	);
	for (let i = 0; i + 1 < out.length; i += 1) {
		if (DAY.test(out[i]!) && isMonth(out[i + 1]) && !DAY.test(out[i + 2] ?? '')) {
			[out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
			i += 1;
		}
	}
	return out;
}

function joinPerCent(tokens: readonly string[]): string[] {
	const out: string[] = [];
	for (const token of tokens) {
		if (token === 'cent' && out.at(-1) === 'per') out[out.length - 1] = 'percent';
		else out.push(token);
	}
	return out;
}

/**
 * @example normalizeAnswer('  The Rússia! ') // 'russia'
 * @example normalizeAnswer('Three per cent') // '3 percent'
 * @example normalizeAnswer('2,500 soldiers') // '2500 soldiers'
 */
export function normalizeAnswer(text: string): string {
	return answerTokens(text).join(' ');
}
