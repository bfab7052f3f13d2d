import { NOUNS_BY_CLASS } from '../data/noun-classes';

/**
 * The broad kind of thing a noun names: someone (a person or a body of people), a thing or a
 * place, a time, or anything abstract (an act, an event, an idea, a state, an amount).
 */
type NounClass = keyof typeof NOUNS_BY_CLASS;

let classesByNoun: Map<string, NounClass[]> | undefined;

function table(): Map<string, NounClass[]> {
	if (classesByNoun) return classesByNoun;
	classesByNoun = new Map();
	for (const [nounClass, words] of Object.entries(NOUNS_BY_CLASS) as [NounClass, string][])
		for (const word of words.split(' '))
			classesByNoun.set(word, [...(classesByNoun.get(word) ?? []), nounClass]);
	return classesByNoun;
}

const IRREGULAR_PLURALS: Record<string, string> = {
	men: 'man',
	women: 'woman',
	children: 'child',
	feet: 'foot',
	teeth: 'tooth',
	mice: 'mouse',
	geese: 'goose'
};

/** A noun's entry in the table, found under its singular when the plural has none. */
function classesOfWord(word: string): NounClass[] | undefined {
	const nouns = table();
	const found = nouns.get(word) ?? nouns.get(IRREGULAR_PLURALS[word] ?? '');
	if (found) return found;
	const singulars = [
		word.replace(/ies$/, 'y'),
		word.replace(/ves$/, 'f'),
		word.replace(/ves$/, 'fe'),
		word.replace(/es$/, ''),
		word.replace(/s$/, '')
	].filter((form) => form !== word);
	for (const form of singulars) {
		const classes = nouns.get(form);
		if (classes) return classes;
	}
	return undefined;
}

/** Words after which a noun phrase's head has been said: a preposition, a relative, a joined phrase. */
const ENDS_HEAD =
	/^(?:of|in|at|on|for|from|with|to|by|that|which|who|whose|whom|about|over|under|near|between|after|before|during|against|into|onto|across|since|amid|above|below|around|through|without|within|along|than|as|like|including|using|via|and|or|but|said|says|is|are|was|were|has|have|had)$/;
/**
 * "tens of thousands of teachers", "a string of launch failures": a head that counts or portions
 * what follows "of", which is the kind of thing the phrase names.
 */
const PORTION =
	/^(?:tens|hundreds|thousands|millions|billions|dozens|scores|number|numbers|lot|lots|part|parts|portion|share|majority|minority|rest|half|string|series|spate|wave|handful|couple|pair|set|range|variety|kind|kinds|type|types|sort|sorts|piece|pieces|bit|total|amount|group|groups|host|array|bunch|mix|list|batch|round|one|some|many|most|all|each|none|several|state|form|forms)$/;

/**
 * The noun a phrase is about: its head word, before any preposition, relative clause or second
 * phrase joined with "and" ("large parts of the city" → city; "Interpol's database" → database).
 * Nothing for a name ("Health New Zealand") or a phrase that is not a noun phrase.
 */
export function headNoun(phrase: string): string | undefined {
	const words = phrase
		.replace(/[“”"()]/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
	let start = 0;
	for (;;) {
		let end = start;
		while (end < words.length && !ENDS_HEAD.test(words[end]!.toLowerCase())) {
			end++;
			// A comma ends the phrase after its word.
			if (/[,;:]$/.test(words[end - 1]!)) break;
		}
		if (end === start) return undefined;
		const last = words[end - 1]!.replace(/[,;:.!?]+$/, '');
		if (PORTION.test(last.toLowerCase()) && words[end]?.toLowerCase() === 'of') {
			start = end + 1;
			continue;
		}
		// A capital past the phrase's first word is a name's.
		if (end - 1 > start && /^\p{Lu}/u.test(last)) return undefined;
		const head = last.toLowerCase().replace(/[’']s?$/, '');
		return /^\p{Ll}[\p{Ll}-]*$/u.test(head) ? head : undefined;
	}
}

/** The kinds of thing a phrase may name, or nothing when its head is a name or an unknown word. */
export function nounClasses(phrase: string): readonly NounClass[] | undefined {
	// "Striking dock workers" or "fighting corruption": an -ing word first may be an adjective or
	// a verb with its object, so the phrase is known by its last noun either way.
	const head = headNoun(phrase.trim());
	return head === undefined ? undefined : classesOfWord(head);
}

/**
 * Whether a wrong option names the same kind of thing as the answer ("same"), cannot ("different":
 * "tear gas" is not what "stood at 5.1%" when the answer is "overall inflation"), or either is
 * unknown: a name, a rare word, or no noun phrase at all.
 */
export function nounClassFit(answer: string, option: string): 'same' | 'different' | 'unknown' {
	const expected = nounClasses(answer);
	const offered = nounClasses(option);
	if (!expected || !offered) return 'unknown';
	return offered.some((c) => expected.includes(c)) ? 'same' : 'different';
}

/**
 * Wrong options that could stand where the answer stands: those of another kind of thing go,
 * and those known to be of the answer's kind come before those of unknown kind.
 */
export function optionsOfAnswerKind<T extends { text: string }>(
	answer: string,
	options: readonly T[]
): T[] {
	const fits = options.map((option) => ({ option, fit: nounClassFit(answer, option.text) }));
	return [...fits.filter((f) => f.fit === 'same'), ...fits.filter((f) => f.fit === 'unknown')].map(
		(f) => f.option
	);
}
