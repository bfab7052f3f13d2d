/**
 * A typed answer of several words is right when it holds the key's words, in any order and any
 * ending: "anger and hostility" for "tremendous anger and open hostility", "Trump refused to
 * certify the deal" for "Trump refused to certify it in mid-October". Students word an answer
 * their own way; a key of three or more content words is a set of key words, not a string.
 */

/** Words that carry no content of an answer (words under three letters never count). */
const FUNCTION_WORDS = new Set(
	(
		'the for from with and but that this these those its his her their they she our was were are ' +
		'been being has have had did does will would can could should may might into over about ' +
		'after before than then such there which who whom'
	).split(' ')
);
const NEGATION =
	/^(?:not|no|never|nobody|none|nothing|neither|nor|without|didnt|doesnt|dont|wasnt|werent|isnt|arent|cannot|cant|wont)$/;
/** Share of the key's content words a response must hold, and never fewer than two. */
const SHARE = 1 / 2;
/** A word's stem for comparison: "refused" and "refusing" and "refuse" meet at "refus". */
const stem = (word: string) => word.slice(0, Math.max(4, Math.min(word.length, 5)));

const contentWords = (form: string) =>
	form.split(' ').filter((word) => word.length >= 3 && !FUNCTION_WORDS.has(word));

/**
 * Whether a normalized response holds enough of a normalized key's content words. Keys of fewer
 * than three content words are compared whole (a name, a number, a two-word phrase); a response
 * that adds a negation the key lacks, or runs far longer than the key, is not read as the key.
 */
export function holdsKeyWords(response: string, key: string): boolean {
	const keyWords = contentWords(key);
	if (keyWords.length < 3) return false;
	const words = response.split(' ');
	if (words.length > key.split(' ').length * 2 + 3) return false;
	const negated = (form: string) => form.split(' ').some((word) => NEGATION.test(word));
	if (negated(response) !== negated(key)) return false;
	const held = new Set(contentWords(response).map(stem));
	const found = keyWords.filter((word) => held.has(stem(word))).length;
	return found >= Math.max(2, Math.ceil(keyWords.length * SHARE));
}

/**
 * Whether a response says a key of two content words in another order: "Lufthansa pilots" for
 * "pilots at Lufthansa", "the rail strike" for "strike on the railways" does not count (one word
 * is not the same). Same content words, none added or left out, the same negation.
 */
export function sameWordsReordered(response: string, key: string): boolean {
	const keyWords = contentWords(key);
	if (keyWords.length !== 2) return false;
	const negated = (form: string) => form.split(' ').some((word) => NEGATION.test(word));
	if (negated(response) !== negated(key)) return false;
	const sorted = (words: string[]) => words.map(stem).sort().join(' ');
	return sorted(contentWords(response)) === sorted(keyWords);
}
