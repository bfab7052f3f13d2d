/**
 * Reads numbers written in words ("three", "twenty thousand", "one hundred and five", "2.5 million")
 * inside a list of answer tokens and replaces each with its digits, so "three percent" and "3%" compare
 * equal. Hand-written on purpose: the grader ships to the browser and must stay small.
 *
 * Only whole-number words are read ("three point five" is not); digits may be followed by a scale word.
 */

// Maps, not object literals: a token such as "constructor" must not find a prototype property.
/** Number words from zero to nineteen, each at the index of its value. */
export const SMALL_NUMBER_WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
] as const;
const SMALL = new Map<string, number>(SMALL_NUMBER_WORDS.map((word, value) => [word, value]));
const TENS = new Map<string, number>(
	['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, k) => [
		word,
		(k + 2) * 10
	])
);
export const SCALES = new Map<string, number>([
	['thousand', 1e3],
	['million', 1e6],
	['billion', 1e9],
	['trillion', 1e12]
]);
const NEGATORS = new Set(['minus', 'negative']);

/** A number token as produced by the tokenizer: optional sign, digits, optional decimals. */
export const NUMBER_TOKEN = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;

type Part =
	| { kind: 'digits' | 'unit' | 'teen' | 'tens' | 'scale'; value: number }
	| { kind: 'hundred' | 'and' | 'a' | 'zero' };

function classify(token: string | undefined): Part | undefined {
	if (token === undefined) return undefined;
	if (NUMBER_TOKEN.test(token)) return { kind: 'digits', value: Number(token) };
	if (token === 'zero') return { kind: 'zero' };
	const small = SMALL.get(token);
	if (small !== undefined) return { kind: small < 10 ? 'unit' : 'teen', value: small };
	const tens = TENS.get(token);
	if (tens !== undefined) return { kind: 'tens', value: tens };
	const scale = SCALES.get(token);
	if (scale !== undefined) return { kind: 'scale', value: scale };
	if (token === 'hundred') return { kind: 'hundred' };
	if (token === 'and') return { kind: 'and' };
	if (token === 'a' || token === 'an') return { kind: 'a' };
	return undefined;
}

/** Which part may come next, so "one two" stays two numbers and "five twenty" is not 25. */
const FOLLOWS: Record<Part['kind'] | 'start', ReadonlySet<Part['kind']>> = {
	start: new Set(['digits', 'unit', 'teen', 'tens', 'zero', 'a']),
	digits: new Set(['hundred', 'scale']),
	a: new Set(['hundred', 'scale']),
	unit: new Set(['hundred', 'scale']),
	teen: new Set(['hundred', 'scale']),
	tens: new Set(['unit', 'hundred', 'scale']),
	hundred: new Set(['unit', 'teen', 'tens', 'scale', 'and']),
	scale: new Set(['unit', 'teen', 'tens', 'and']),
	and: new Set(['unit', 'teen', 'tens']),
	zero: new Set()
};

/** Reads the longest number starting at `start`, or undefined when no number starts there. */
function readNumber(
	tokens: readonly string[],
	start: number
): { value: number; end: number } | undefined {
	if (NEGATORS.has(tokens[start] ?? '')) {
		const rest = readNumber(tokens, start + 1);
		return rest && { value: -rest.value, end: rest.end };
	}
	let total = 0;
	let group = 0;
	let groupHasHundred = false;
	let lastScale = Infinity;
	let last: Part['kind'] | 'start' = 'start';
	let end = start;
	for (let i = start; i < tokens.length; i++) {
		const part = classify(tokens[i]);
		if (!part || !FOLLOWS[last].has(part.kind)) break;
		// "a" and "and" only count when a number word follows them ("a hundred", "hundred and five").
		const next = classify(tokens[i + 1])?.kind ?? 'zero';
		if (part.kind === 'a' && !FOLLOWS.a.has(next)) break;
		if (part.kind === 'and' && !FOLLOWS.and.has(next)) break;
		if (part.kind === 'hundred' && (groupHasHundred || group >= 100)) break;
		if (part.kind === 'scale' && part.value >= lastScale) break;

		if (part.kind === 'a') group = 1;
		else if (part.kind === 'hundred') {
			group *= 100;
			groupHasHundred = true;
		} else if (part.kind === 'scale') {
			total += group * part.value;
			group = 0;
			groupHasHundred = false;
			lastScale = part.value;
		} else if ('value' in part) group += part.value;
		last = part.kind;
		if (part.kind !== 'and' && part.kind !== 'a') end = i + 1;
	}
	if (end === start) return undefined;
	// Rounded so 1.1 × 1000 reads as 1100, not 1100.0000000000002.
	return { value: Number((total + group).toPrecision(15)), end };
}

/** Canonical digits for a number: "3.0" and "3" both become "3", "-0" becomes "0". */
function formatNumber(value: number): string {
	return String(value === 0 ? 0 : value);
}

/**
 * @example numberWordsToDigits(['twenty', 'thousand', 'soldiers']) // ['20000', 'soldiers']
 * @example numberWordsToDigits(['2.5', 'million']) // ['2500000']
 */
export function numberWordsToDigits(tokens: readonly string[]): string[] {
	const out: string[] = [];
	let i = 0;
	while (i < tokens.length) {
		const number = readNumber(tokens, i);
		// A number too large for a double keeps its digits, so it is still compared as written.
		if (number && Number.isFinite(number.value)) {
			out.push(formatNumber(number.value));
			i = number.end;
		} else {
			out.push(tokens[i] ?? '');
			i++;
		}
	}
	return out;
}
