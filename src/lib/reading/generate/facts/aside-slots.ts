/**
 * Where in a sentence an answer sits as an aside rather than as the news: teachers drop a gap for
 * the outlet a source spoke to ("confirmed to _____ on Monday" → "VOA News"), for the platform a
 * message was posted on ("wrote on _____" → "Twitter"), for a name inside someone's quoted words
 * ("the American People and the _____"), for one member of a list of names ("Iran, Libya,
 * _____, Syria and Yemen"), and for all of a bracket ("on Monday (_____)" → "June 4").
 */
type AsideSlot = 'medium' | 'quoted-name' | 'list-member' | 'bracketed';

const REPORTED_TO =
	/\b(?:said|says|told|tells|confirmed|wrote|writes|tweeted|posted|reported|announced|spoke|speaking|talking|interview)\b(?:\s+[\p{L}\d’'-]+){0,3}?\s+(?:to|on|in|with)\s+(?:the\s+|a\s+|an\s+)?$/iu;
const TOLD = /\b(?:told|tells)\s+$/i;
const NAME = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*)*`;
const LIST_BEFORE = new RegExp(
	String.raw`(?:(?:${NAME},\s+){1,}(?:and\s+)?|(?:${NAME},\s+){1,}${NAME}\s+(?:and|or)\s+)$`,
	'u'
);
const LIST_AFTER = new RegExp(String.raw`^(?:,\s+${NAME})*,?\s+(?:and|or)\s+${NAME}`, 'u');
const LIST_AFTER_COMMA = new RegExp(String.raw`^,\s+${NAME}`, 'u');

/** The aside an answer at character `at` of `sentence` sits in, if any. */
export function asideSlot(sentence: string, at: number, answer: string): AsideSlot | undefined {
	const before = sentence.slice(0, at);
	const after = sentence.slice(at + answer.length);
	if (REPORTED_TO.test(before) || TOLD.test(before)) return 'medium';
	if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return 'bracketed';
	const isName = /^\p{Lu}/u.test(answer) && !/\d/.test(answer);
	if (isName && insideQuotation(before)) return 'quoted-name';
	if (isName && listSiblings(before, after) >= 2) return 'list-member';
	return undefined;
}

/** Whether a quotation opened before this point is still open. */
function insideQuotation(before: string): boolean {
	const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
	if (opened > 0) return true;
	return (before.match(/"/g) ?? []).length % 2 === 1;
}

/** How many other names share the answer's list: "Iran, Libya, _____, Syria and Yemen" → 4. */
function listSiblings(before: string, after: string): number {
	const ahead = LIST_BEFORE.exec(before)?.[0] ?? '';
	const behind = LIST_AFTER.exec(after)?.[0] ?? LIST_AFTER_COMMA.exec(after)?.[0] ?? '';
	const count = (text: string) => (text.match(/,|\s(?:and|or)\s/g) ?? []).length;
	if (!ahead && !behind) return 0;
	return count(ahead) + count(behind);
}
