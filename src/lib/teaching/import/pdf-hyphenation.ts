/**
 * Joining a line to the next inside a paragraph, undoing the hyphen a typesetter put at a line end
 * while keeping the hyphen of a real compound.
 *
 * The rule, for a line ending "frag-" followed by a line starting "next…":
 * 1. a soft hyphen (U+00AD) is always a typesetter's: join without it;
 * 2. "next" starting with a capital or a digit keeps the hyphen ("Franco-German", "COVID-19");
 * 3. "frag-next" written elsewhere in the text keeps the hyphen ("well-known");
 * 4. "fragnext" written elsewhere in the text drops it ("international");
 * 5. a fragment that already holds a hyphen is a compound: keep it ("state-of-the-art");
 * 6. a fragment that is a prefix English nearly always hyphenates ("self", "well", "half") keeps it;
 * 7. otherwise the hyphen is the typesetter's: join without it ("inter-" + "view" → "interview").
 * So a compound broken at its hyphen and written nowhere else loses its hyphen unless rule 6 saves it.
 */

/** Words seen in the text, lower-case, to decide rules 3 and 4. */
export interface Vocabulary {
	words: Set<string>;
	hyphenated: Set<string>;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*/gu;
const ENDS_WITH_BROKEN_WORD = /([\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*)([-‐])$/u;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]+/u;
const HYPHEN_PREFIXES = new Set(['self', 'well', 'half']);
const SOFT_HYPHEN = '\u00AD';

/**
 * Every word of the lines, leaving out the fragments before a line-end hyphen.
 *
 * @example vocabularyOf(['a well-known inter-', 'national story']).hyphenated // Set { 'well-known' }
 */
export function vocabularyOf(lines: string[]): Vocabulary {
	const words = new Set<string>();
	const hyphenated = new Set<string>();
	for (const line of lines) {
		const tokens = line.match(WORD) ?? [];
		if (ENDS_WITH_BROKEN_WORD.test(line)) tokens.pop();
		for (const token of tokens) {
			const word = normalised(token);
			if (word.includes('-')) hyphenated.add(word);
			else words.add(word);
		}
	}
	return { words, hyphenated };
}

/**
 * The two lines as one, following the rule above.
 *
 * @example joinLines('an inter-', 'national deal', vocabularyOf([])) // 'an international deal'
 */
export function joinLines(left: string, right: string, vocabulary: Vocabulary): string {
	if (left.endsWith(SOFT_HYPHEN)) return left.slice(0, -1) + right;
	const broken = ENDS_WITH_BROKEN_WORD.exec(left);
	const next = STARTS_WITH_WORD.exec(right)?.[0];
	if (broken?.[1] && next) {
		return keepsHyphen(broken[1], next, vocabulary) ? left + right : left.slice(0, -1) + right;
	}
	// A dash written against the word before ("word—") was against the word after too.
	if (/\S[—–]$/u.test(left)) return left + right;
	return `${left} ${right}`;
}

function keepsHyphen(fragment: string, next: string, vocabulary: Vocabulary): boolean {
	if (!/^\p{Ll}/u.test(next)) return true;
	// Hyphenation never splits a number: "500-" + "year" is the compound "500-year".
	if (/\d$/.test(fragment)) return true;
	if (vocabulary.hyphenated.has(normalised(`${fragment}-${next}`))) return true;
	if (vocabulary.words.has(normalised(fragment + next))) return false;
	if (/[-‐]/.test(fragment)) return true;
	return HYPHEN_PREFIXES.has(fragment.toLowerCase());
}

function normalised(word: string): string {
	return word.toLowerCase().replace(/‐/g, '-').replace(/’/g, "'");
}
