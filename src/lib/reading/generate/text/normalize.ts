/** Prompts and answers are compared many times over while one article's candidates are checked. */
const normalized = new Map<string, string>();
const MAX_NORMALIZED = 5000;

/**
 * Empties the memo of `normalizeAnswer` (and so bounds it): called once per article, so that
 * timing a warm generator measures the work an unseen article costs.
 */
export function forgetNormalized(): void {
	normalized.clear();
}

/**
 * The comparison form of an answer: lowercase, curly quotes straightened, punctuation and the
 * articles "a", "an", "the" removed, whitespace collapsed. "The Russian-led CSTO." → "russian led csto".
 */
export function normalizeAnswer(text: string): string {
	const known = normalized.get(text);
	if (known !== undefined) return known;
	const result = text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/'s\b/g, '')
		.replace(/[^\p{L}\p{N}%$€£.\s]/gu, ' ')
		.replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
		.replace(/\b(?:a|an|the)\b/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (normalized.size >= MAX_NORMALIZED) normalized.clear();
	normalized.set(text, result);
	return result;
}

/** Whether `needle` occurs in `haystack` as whole words, both normalized. */
export function containsAnswer(haystack: string, needle: string): boolean {
	const h = ` ${normalizeAnswer(haystack)} `;
	const n = normalizeAnswer(needle);
	return n.length > 0 && h.includes(` ${n} `);
}

export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordsIn(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Whether two answers share a word longer than three letters: "latest charges" and "new charges"
 * may name one thing, so one is no wrong option beside the other.
 */
export function sharesContentWord(a: string, b: string): boolean {
	// "House Republicans" and "Republican leadership" share a word, in the plural or not.
	const singular = (word: string) => word.replace(/s$/, '');
	const words = new Set(normalizeAnswer(b).split(' ').map(singular));
	return normalizeAnswer(a)
		.split(' ')
		.some((word) => word.length > 3 && words.has(singular(word)));
}

/**
 * The forms of a noun phrase a student would type for it: the phrase, without its determiner, and
 * its last two words ("a temporary spending measure" → "temporary spending measure", "spending
 * measure"). Grading then forgives case, articles and typos.
 *
 * @example nounPhraseForms('the spending measure') // ['the spending measure', 'spending measure']
 */
export function nounPhraseForms(phrase: string): string[] {
	const bare = phrase.replace(/^(?:a|an|the|this|that|its|their|his|her)\s+/i, '');
	const words = bare.split(/\s+/);
	const forms = [phrase, bare];
	// A bare last word is often no answer at all ("general" of "inspector general"), and two
	// that open on a preposition are a fragment ("of tension" of "a source of tension").
	const lastTwo = words.slice(-2);
	if (words.length >= 3 && !LINK_WORD.test(lastTwo[0]!)) forms.push(lastTwo.join(' '));
	// "the FBI's human resources department": what names it is "human resources".
	const owned = bare.replace(/^\S+['’]s?\s+/, '');
	const named = owned.replace(GENERIC_HEAD, '');
	if (named !== owned && named.split(/\s+/).length >= 2) forms.push(named);
	if (owned !== bare && owned.split(/\s+/).length >= 2) forms.push(owned);
	return [...new Set(forms)];
}

const LINK_WORD =
	/^(?:of|in|on|at|to|for|from|with|by|under|over|into|about|against|and|or|as|than)$/i;

/** Heads that say only what kind of body a phrase names: its modifiers name it. */
const GENERIC_HEAD = /\s+(?:department|office|division|unit|agency|bureau|committee|service)$/i;

/**
 * Answers are the same when equal once normalised or when one is a whole-word part of the other and
 * both are short (names, numbers): "Abe" and "Shinzo Abe" are one answer, "Singapore" and "the
 * planned site for the summit in Singapore" are not.
 */
export function sameAnswer(a: string, b: string): boolean {
	const x = normalizeAnswer(a);
	const y = normalizeAnswer(b);
	if (!x || !y) return false;
	if (x === y) return true;
	const [short, long] = x.length < y.length ? [x, y] : [y, x];
	return long.split(' ').length <= 4 && ` ${long} `.includes(` ${short} `) && !/^\d/.test(short);
}

/**
 * Whether a phrase is written as a name, capitalised word for word ("Joe Hagin", "Department of
 * Justice"): a story offers its actors in many questions, while "U.S. and North Korean officials"
 * or "spending measure" is a phrase.
 */
export function isWrittenAsName(phrase: string): boolean {
	return phrase
		.trim()
		.split(/\s+/)
		.every((word) => /^[\p{Lu}\d]/u.test(word) || /^(?:of|the|and|for|de|van|von)$/.test(word));
}
