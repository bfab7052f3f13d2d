import nlp from 'compromise';

interface Term {
	text: string;
	tags: string[];
	offset: { start: number };
}

/** "U.S.", "U.K.", "E.U.": a country written as dotted initials. */
const DOTTED_INITIALS = /^(?:[A-Z]\.){2,}$/;
const MAX_WORDS = 5;
/** "Japanese", "Mexican", "British": the shapes most demonyms take, before tagging confirms one. */
const DEMONYM_SHAPE = /^[A-Z][a-z]+(?:an|ese|ish|ic|i)$/;

/**
 * Shorter answers a teacher also accepts for a typed noun phrase, since students write the thing,
 * not every word that qualifies it: without its leading describing words ("federal prohibition" →
 * "prohibition", "prospective talks" → "talks") or without the country that qualifies a name ("U.S.
 * House of Representatives" → "House of Representatives"). Nothing for names, numbers, lists
 * ("anger and hostility") or compounds whose first word is a noun ("tax code").
 *
 * @example shorterForms('federal prohibition') // ['prohibition']
 */
export function shorterForms(answer: string): string[] {
	const text = answer.trim();
	const year = MONTH_AND_YEAR.exec(text)?.[1];
	if (year) return [year];
	const place = placeWithoutRegion(text);
	if (place) return [place];
	const words = text.split(/\s+/);
	if (words.length < 2 || words.length > MAX_WORDS || /\d/.test(text)) return [];
	// Most typed answers are names: only a phrase that starts with a lower-case word or a
	// country's initials can lose its first words, so only those are tagged (tagging is slow).
	const first = words[0]!;
	if (!/^[a-z]/.test(first) && !DOTTED_INITIALS.test(first) && !DEMONYM_SHAPE.test(first))
		return [];
	const tagsOf = termsByWord(text, words);
	if (tagsOf.some((terms) => terms.some((term) => term.tags.includes('Conjunction')))) return [];
	const last = tagsOf.at(-1) ?? [];
	if (!last.some((term) => term.tags.includes('Noun'))) return [];

	let start = 0;
	while (start < words.length - 1 && isDescribingWord(words[start]!, tagsOf[start]!)) start += 1;
	if (start === 0 && isCountryQualifier(words[0]!, tagsOf[0]!) && /^[A-Z]/.test(words[1]!))
		start = 1;
	if (start === 0) return [];
	const shorter = words.slice(start).join(' ');
	return shorter.replace(/\W/g, '').length >= 4 ? [shorter] : [];
}

/** A lower-case word that only describes ("federal", "nationwide", "directly"), not a noun in a compound. */
function isDescribingWord(word: string, terms: readonly Term[]): boolean {
	if (!/^[a-z]/.test(word) || terms.length === 0) return false;
	const adjective = terms.every(
		(term) => term.tags.includes('Adjective') && !term.tags.includes('Noun')
	);
	// A manner adverb only ("directly affected"); never "not", "never" or "only", which change the answer.
	const mannerAdverb =
		/ly$/.test(word) &&
		!/^(?:only|early)$/.test(word) &&
		terms.every((term) => term.tags.includes('Adverb'));
	return adjective || mannerAdverb;
}

/** "June 2009": a month and year, which a student answering "When…?" may give as the year. */
const MONTH_AND_YEAR =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4})$/;

/**
 * "Lakewood, Colorado" → "Lakewood": a place written with the state or country it is in, which a
 * student names without. Nothing for a list of names ("Smith, Jones"): the second part must be a
 * place, and the first a name of at most three words.
 */
function placeWithoutRegion(text: string): string | undefined {
	const match = /^((?:[A-Z][\w.'’-]*\s?){1,3}), ((?:[A-Z][\w.'’-]*\s?){1,3})$/.exec(text);
	if (!match) return undefined;
	const [, place = '', region = ''] = match;
	const regionTerms = nlp(region).json() as { terms: Term[] }[];
	const terms = regionTerms.flatMap((sentence) => sentence.terms);
	const isPlace = terms.length > 0 && terms.every((term) => term.tags.includes('Place'));
	return isPlace && place.trim().replace(/\W/g, '').length >= 4 ? place.trim() : undefined;
}

function isCountryQualifier(word: string, terms: readonly Term[]): boolean {
	// Not a country's own first word: "United States" is a name, not "States" qualified.
	return DOTTED_INITIALS.test(word) || terms.some((term) => term.tags.includes('Demonym'));
}

/**
 * Tagging for a short phrase: compromise's lexicon and first-pass tagger, without its second pass
 * (the pattern rules that fix tags from a sentence's context), which costs four times as much on a
 * phrase of a few words and which a phrase without its sentence gives little to work on.
 */
const PHRASE_HOOKS = (nlp as unknown as { _world: { hooks: string[] } })._world.hooks.filter(
	(hook) => hook !== 'postTagger' && hook !== 'chunks'
);

/** compromise keeps its parsed terms here; reading them avoids a costly `.json()`. */
interface ParsedPhrase {
	document: { text: string; tags: Set<string> }[][];
}

/** The phrase tagged as a whole (a word's tags depend on its neighbours), its terms per word. */
function termsByWord(text: string, words: readonly string[]): Term[][] {
	const parsed = nlp.tokenize(text).compute(PHRASE_HOOKS) as unknown as ParsedPhrase;
	let end = 0;
	const terms: Term[] = parsed.document.flat().map((term) => {
		const start = text.indexOf(term.text, end);
		if (start >= 0) end = start + term.text.length;
		return { text: term.text, tags: [...term.tags], offset: { start } };
	});
	end = 0;
	return words.map((word) => {
		const start = text.indexOf(word, end);
		end = start + word.length;
		return terms.filter((term) => term.offset.start >= start && term.offset.start < end);
	});
}
