import type { ArticleSentence, NumberMention, Term } from '../types';

const WORD_VALUES: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	dozen: 12
};
const MULTIPLIERS: Record<string, number> = {
	hundred: 100,
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};
const APPROXIMATE =
	/^(?:approximately|about|nearly|almost|around|roughly|some|over|estimated|up|least|than)$/;
const UNIT_STOP = /^(?:of|and|or|in|on|at|to|for|by|from|with|than|as|per)$/;

/**
 * Finds the amounts a sentence states: counts ("2,500 soldiers"), percentages ("3%"), money. Years,
 * dates, ordinals ("first") and numbers inside names are not amounts.
 */
export function findNumbers(sentence: ArticleSentence): NumberMention[] {
	const { terms } = sentence;
	const found: NumberMention[] = [];
	let i = 0;
	while (i < terms.length) {
		const term = terms[i]!;
		if (!isAmountTerm(term)) {
			i += 1;
			continue;
		}
		let j = i + 1;
		// "$310 million three years earlier": after figures and their multiplier, a number word
		// starts another amount.
		const figures = /\d/.test(term.text);
		while (
			j < terms.length &&
			continuesAmount(terms[j - 1]!, terms[j]!) &&
			!(figures && !/\d/.test(terms[j]!.text) && SCALE.test(terms[j - 1]!.text))
		)
			j += 1;
		const mention = toMention(sentence, i, j);
		// "(0840 GMT)": a clock time, not an amount.
		if (mention && !/^(?:GMT|UTC)$/.test(terms[j]?.text ?? '')) found.push(mention);
		i = j;
	}
	return found;
}

const SCALE = /^(?:hundred|thousand|million|billion|trillion)s?$/i;

/**
 * Whether `next` goes on the amount `previous` is part of: after a space ("two million"), or after
 * the hyphen of a number written in words ("Twenty-five"; not a range such as "3-4").
 */
function continuesAmount(previous: Term, next: Term): boolean {
	if (!isAmountTerm(next)) return false;
	// "fallen to 1.7 from 2.9 two decades ago": after figures, only a multiplier goes on them.
	if (
		/\d/.test(previous.text) &&
		!/^(?:hundred|thousand|million|billion|trillion)s?$/i.test(next.text)
	)
		return false;
	if (/^\s+$/.test(previous.post)) return true;
	return previous.post === '-' && /^\p{L}+$/u.test(previous.text) && /^\p{L}+$/u.test(next.text);
}

function isAmountTerm(term: Term): boolean {
	if (!term.tags.has('Value') || term.tags.has('Ordinal')) return false;
	// "one of the earliest", "at one time": the word "one" is hardly ever an amount worth asking.
	if (term.normal === 'one') return false;
	// "one of 22 states": compromise reads "one of" as a fraction and tags "of" as a value.
	if (UNIT_STOP.test(term.normal)) return false;
	if (term.tags.has('Year') || term.tags.has('Date') || term.tags.has('Month')) return false;
	return true;
}

function toMention(sentence: ArticleSentence, from: number, to: number): NumberMention | undefined {
	const { terms } = sentence;
	const words = terms.slice(from, to);
	const value = valueOf(words.map((t) => t.text));
	if (value === undefined) return undefined;
	let end = terms[to - 1]!.end;
	let next = to;
	const textOf = () => sentence.text.slice(terms[from]!.start, end);
	let isPercent = /%$/.test(textOf());
	if (!isPercent && /^(?:percent|per)$/i.test(terms[next]?.text ?? '')) {
		const span = terms[next]!.normal === 'per' ? 2 : 1;
		if (span === 1 || terms[next + 1]?.normal === 'cent') {
			end = terms[next + span - 1]!.end;
			next += span;
			isPercent = true;
		}
	}
	// "(118)", "(117 km)": brackets cling to compromise's terms but are not part of the amount.
	let start = terms[from]!.start;
	while (/[([“"‘']/.test(sentence.text.charAt(start)) && start < end) start += 1;
	while (/[)\]”"’']/.test(sentence.text.charAt(end - 1)) && end > start) end -= 1;
	const prefix = sentence.text.slice(Math.max(0, start - 1), start);
	const isMoney = /[$€£¥]/.test(prefix + terms[from]!.text);
	const realStart = /[$€£¥]/.test(prefix) ? start - 1 : start;
	if (/^\d{4}$/.test(textOf()) && value >= 1000 && value <= 2100 && !isPercent) return undefined;
	const unit = isPercent ? '%' : unitAfter(terms, next, terms[to - 1]!);
	const before = terms[from - 1]?.normal ?? '';
	return {
		sentence,
		start: realStart,
		end,
		firstTerm: from,
		lastTerm: next,
		text: sentence.text.slice(realStart, end),
		value,
		isPercent,
		isMoney,
		unit,
		approximate: APPROXIMATE.test(before)
	};
}

/** Up to three adjective/noun words after the number that end on a noun: "armed criminals". */
function unitAfter(terms: readonly Term[], index: number, numberTerm: Term): string {
	if (/[,.;:!?)]/.test(numberTerm.post.replace(/["“”'’]/g, ''))) return '';
	const words: string[] = [];
	let lastNoun = -1;
	for (let k = index; k < terms.length && words.length < 3; k += 1) {
		const term = terms[k]!;
		const isNounish = term.tags.has('Noun') && !term.tags.has('Pronoun') && !term.tags.has('Date');
		const isAdjective = term.tags.has('Adjective') && !term.tags.has('Comparative');
		if (UNIT_STOP.test(term.normal) || (!isNounish && !isAdjective)) break;
		if (term.tags.has('Value')) break;
		words.push(term.text.replace(/^["“‘']+|["”’',.;:!?)]+$/g, ''));
		if (isNounish) lastNoun = words.length;
		if (/[,.;:!?)]/.test(term.post.replace(/["“”'’]/g, ''))) break;
	}
	return lastNoun > 0 ? words.slice(0, lastNoun).join(' ') : '';
}

/** Reads "2,500", "4.5", "3.2 billion", "twenty-five", "four" as numbers. */
export function valueOf(words: readonly string[]): number | undefined {
	let total = 0;
	let current = 0;
	let seen = false;
	for (const raw of words) {
		const word = raw.toLowerCase().replace(/^[^\d\p{L}]+|[^\d\p{L}]+$/gu, '');
		if (!word) continue;
		const numeric = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(word)
			? Number(word.replace(/,/g, ''))
			: undefined;
		if (numeric !== undefined) {
			current += numeric;
			seen = true;
		} else if (word in MULTIPLIERS && seen) {
			const factor = MULTIPLIERS[word]!;
			if (factor === 100) current *= 100;
			else {
				total += current * factor;
				current = 0;
			}
		} else if (word in WORD_VALUES) {
			current += WORD_VALUES[word]!;
			seen = true;
		} else if (/^[a-z]+-[a-z]+$/.test(word)) {
			const [tens = '', ones = ''] = word.split('-');
			if (!(tens in WORD_VALUES) || !(ones in WORD_VALUES)) return undefined;
			current += WORD_VALUES[tens]! + WORD_VALUES[ones]!;
			seen = true;
		} else {
			return undefined;
		}
	}
	return seen ? total + current : undefined;
}
