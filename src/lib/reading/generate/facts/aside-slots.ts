import { HEAD_OF_STATE, TITLE_HEADS } from '../analyze/titles';

/**
 * Where in a sentence an answer sits as an aside rather than as the news: teachers drop a gap for
 * the outlet a source spoke to ("confirmed to _____ on Monday" → "VOA News"), for the platform a
 * message was posted on ("wrote on _____" → "Twitter"), for a name inside someone's quoted words
 * ("the American People and the _____"), for one member of a list of names ("Iran, Libya,
 * _____, Syria and Yemen"), for all of a bracket ("on Monday (_____)" → "June 4"), for where a
 * politician is from ("Senator Elizabeth Warren of _____"), for who holds a head of state's title
 * ("President _____", known without the article), for a place in the description of who someone
 * is ("Sung Kim, … former envoy to _____"), and for a town inside the place named after it ("a cake
 * shop in _____, Colorado").
 */
type AsideSlot =
	| 'medium'
	| 'quoted-name'
	| 'list-member'
	| 'bracketed'
	| 'affiliation'
	| 'title-holder'
	| 'description'
	| 'locality';

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
/** "Warren of", "Republican from", "Democrat of": a person's home state or town follows. */
const AFFILIATION =
	/(?:\b\p{Lu}\p{Ll}+\s+of|\b(?:Republican|Democrat|Democratic|Independent|Labour|Conservative|lawmaker|senator|representative|congressman|congresswoman)\s+(?:from|of))\s+$/u;
/** After "Name, the/a … to|of|for|at|in": inside an apposition that describes a person. */
const IN_DESCRIPTION =
	/\b\p{Lu}\p{Ll}+,\s+(?:the|a|an|his|her)\s+[^,;:“”"]{0,80}?\b(?:to|of|for|at|in|from)\s+(?:the\s+)?$/u;
/**
 * "Henrik Olde, an aviation analyst at the consultancy _____", "Sam Okafor, campaign director at
 * the Perth-based _____": a role in an apposition, then where the person works.
 */
const ROLE_DESCRIPTION =
	/\b\p{Lu}\p{Ll}+,\s+([^,;:“”"]{0,80}?)\b(?:at|of|for|with|from)\s+(?:the\s+|a\s+|an\s+)?(?:(?:[\p{Ll}-]+|\p{Lu}\p{L}*-\p{Ll}+)\s+){0,2}$/u;
/** ", Colorado," after the answer: the larger place it lies in. */
const WITHIN_PLACE = /^,\s+\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?\s*[,.;]/u;

/** The aside an answer at character `at` of `sentence` sits in, if any. */
export function asideSlot(sentence: string, at: number, answer: string): AsideSlot | undefined {
	const before = sentence.slice(0, at);
	const after = sentence.slice(at + answer.length);
	if (REPORTED_TO.test(before) || TOLD.test(before)) return 'medium';
	if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return 'bracketed';
	const isName = /^\p{Lu}/u.test(answer) && !/\d/.test(answer);
	if (isName && insideQuotation(before)) return 'quoted-name';
	if (isName && listSiblings(before, after) >= 2) return 'list-member';
	if (!/^\p{Lu}/u.test(answer)) return undefined;
	if (AFFILIATION.test(before)) return 'affiliation';
	if (HEAD_OF_STATE.test(before.trimEnd())) return 'title-holder';
	if (IN_DESCRIPTION.test(before)) return 'description';
	const role = ROLE_DESCRIPTION.exec(before)?.[1];
	if (role && role.split(/\s+/).some((word) => TITLE_HEADS.has(word.toLowerCase())))
		return 'description';
	if (WITHIN_PLACE.test(after) && /\b(?:in|of|from|near|at)\s+$/.test(before)) return 'locality';
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
