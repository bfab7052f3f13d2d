import type { ArticleSentence, Term } from '../types';
import { capitalisedMidSentence } from '../text/grammar';
import { TITLE_HEADS, TITLE_MODIFIERS } from './titles';

/**
 * compromise's tags, mended where news text misleads it: a hyphenated given name split in two,
 * "consumer rights groups" after a count, "households" after "that", "rose" after "prices", "Oil"
 * read as a command. Each repair keeps every term's text and offsets.
 */
export function repairTags(terms: Term[]): Term[] {
	return REPAIRS.reduce((repaired, repair) => repair(repaired), terms);
}

/** In order: names first, then verbs and nouns, then the phrases they make. */
const REPAIRS: ReadonlyArray<(terms: Term[]) => Term[]> = [
	joinHyphenatedNames,
	withAcronymNames,
	withNamesNotVerbs,
	withPluralBeforePast,
	withParallelVerbs,
	withCountedCompounds,
	withNounsAfterThat,
	withRoseAsVerb,
	withNounBeforeNoun,
	withRoleModifiers,
	withNounsInOpeningPhrase
];

/**
 * "The Kingsmoor United Supporters' Trust backed the deal": a capitalised word inside a run of
 * capitalised words, mid-sentence, is part of a name, not a verb ("What did the Kingsmoor unite?").
 */
function withNamesNotVerbs(terms: Term[]): Term[] {
	const capital = (term: Term | undefined) => term !== undefined && /^\p{Lu}/u.test(term.text);
	return terms.map((term, i) => {
		if (i === 0 || !term.tags.has('Verb') || !capital(term)) return term;
		if (!capital(terms[i - 1]) || !capital(terms[i + 1])) return term;
		if (/[.!?:;“"]\s*$/.test(terms[i - 1]!.post) || /[,;:.!?]/.test(term.post)) return term;
		return { ...term, tags: new Set(['Noun', 'ProperNoun', 'Singular']) };
	});
}

/**
 * "The agreement caps the number of licences and sets a limit": after "and", before "the", an -s
 * word is the second verb of a subject that already "caps", not a plural noun.
 */
function withParallelVerbs(terms: Term[]): Term[] {
	const firstVerb = terms.findIndex(
		(t) => t.tags.has('Verb') && t.tags.has('PresentTense') && /\p{Ll}s$/u.test(t.text)
	);
	if (firstVerb < 0) return terms;
	return terms.map((term, i) => {
		if (i <= firstVerb + 1 || !term.tags.has('Plural') || !/\p{Ll}s$/u.test(term.text)) return term;
		if (terms[i - 1]!.normal !== 'and' || /[,;:]/.test(terms[i - 2]!.post)) return term;
		if (!/^(?:the|a|an|its|their|his|her|new|more|up)$/.test(terms[i + 1]?.normal ?? ''))
			return term;
		return { ...term, tags: new Set(['Verb', 'PresentTense']) };
	});
}

/**
 * "Drivers who switched off their engines at red lights used 8 percent less fuel": after an
 * adjective, an -s word before an -ed word is a plural noun and the -ed word the clause's verb
 * (compromise read "lights" as the verb and "used" as an adjective, and asked "Who lights used …?").
 */
function withPluralBeforePast(terms: Term[]): Term[] {
	const out = [...terms];
	for (let i = 1; i + 1 < out.length; i += 1) {
		const before = out[i - 1]!;
		const term = out[i]!;
		const next = out[i + 1]!;
		if (
			!term.tags.has('Verb') ||
			!term.tags.has('PresentTense') ||
			!/\p{Ll}s$/u.test(term.text) ||
			!before.tags.has('Adjective') ||
			before.tags.has('Verb') ||
			!/\p{Ll}ed$/u.test(next.text) ||
			next.tags.has('Verb') ||
			/[,;:.!?]/.test(before.post + term.post)
		)
			continue;
		out[i] = { ...term, tags: new Set(['Noun', 'Plural']) };
		out[i + 1] = { ...next, tags: new Set(['Verb', 'PastTense']) };
	}
	return out;
}

/**
 * "FENATE says …", "UNICEF warned …": compromise may read a word in capitals it does not know
 * as a verb. Before a verb, it is the name of a body.
 */
function withAcronymNames(terms: Term[]): Term[] {
	return terms.map((term, i) => {
		if (!/^\p{Lu}{3,}$/u.test(term.text) || !term.tags.has('Verb')) return term;
		if (!terms[i + 1]?.tags.has('Verb') || /[,;:.!?]/.test(term.post)) return term;
		return { ...term, tags: new Set(['Noun', 'ProperNoun', 'Singular', 'Organization']) };
	});
}

/** Words after a hyphen that make a modifier of a name ("Biden-era", "Kyiv-based"), not a name. */
const MODIFIER_AFTER_HYPHEN =
	/^(?:era|led|based|born|style|related|owned|backed|run|made|type|like|free|linked|funded|controlled|bound|wide|level|class)$/;

/**
 * "Choi Dong-hoon", "Moon Jae-in": compromise splits a hyphenated given name at its hyphen and
 * reads the lower-case half as a word of its own, which cut the name to "Choi Dong". After two
 * capitalised words, a lower-case part joined by a hyphen is the name's.
 */
function joinHyphenatedNames(terms: Term[]): Term[] {
	const out: Term[] = [];
	for (const term of terms) {
		const last = out.at(-1);
		const beforeLast = out.at(-2);
		if (
			last &&
			beforeLast &&
			last.post === '-' &&
			term.pre === '' &&
			/^\p{Ll}{2,6}$/u.test(term.text) &&
			!MODIFIER_AFTER_HYPHEN.test(term.normal) &&
			/^\p{Lu}\p{Ll}+$/u.test(last.text) &&
			/^\p{Lu}\p{Ll}+$/u.test(beforeLast.text) &&
			/^\s+$/.test(beforeLast.post)
		) {
			out[out.length - 1] = {
				...last,
				text: `${last.text}-${term.text}`,
				normal: `${last.normal}-${term.normal}`,
				post: term.post,
				end: term.end
			};
			continue;
		}
		out.push(term);
	}
	return out;
}

/**
 * "Oil prices fell", "Fuel costs rose": a word read as a command before a plural noun and that
 * noun's verb is the noun the phrase opens with, not an imperative.
 */
function withNounBeforeNoun(terms: Term[]): Term[] {
	return terms.map((term, i) => {
		const noun = terms[i + 1];
		const verb = terms[i + 2];
		if (
			!term.tags.has('Imperative') ||
			!noun?.tags.has('Noun') ||
			!noun.tags.has('Plural') ||
			!verb?.tags.has('Verb') ||
			/[,;:.!?]/.test(term.post + noun.post)
		)
			return term;
		return { ...term, tags: new Set(['Noun', 'Singular']) };
	});
}

/**
 * "Food prices rose sharply", "Fuel costs rose by 6%": after a word in -s and before how much or
 * when, "rose" is the verb, not the flower, and the word before it the plural noun it follows
 * (compromise reads "prices" as the verb, which asked "Why does food price rose …?").
 */
function withRoseAsVerb(terms: Term[]): Term[] {
	const at = terms.findIndex(
		(term, i) =>
			term.normal === 'rose' &&
			!term.tags.has('Verb') &&
			i > 0 &&
			/s$/.test(terms[i - 1]!.normal) &&
			!/[,;:.!?]/.test(terms[i - 1]!.post) &&
			(i + 1 >= terms.length ||
				/[,;:.!?]/.test(term.post) ||
				['Preposition', 'Value', 'Adverb', 'Date'].some((tag) => terms[i + 1]!.tags.has(tag)))
	);
	if (at < 0) return terms;
	return terms.map((term, i) =>
		i === at
			? { ...term, tags: new Set(['Verb', 'PastTense']) }
			: i === at - 1
				? { ...term, tags: new Set(['Noun', 'Plural']) }
				: term
	);
}

/**
 * "said Tuesday that households across the country would face …", "while water pumps in many
 * buildings stopped working": where a clause opens (after "that", or a noun after "while", "as", a
 * comma), a word in -s followed by a preposition and, later in its clause, a verb of its own is the
 * clause's plural subject, though compromise reads it as a verb ("households" as "holds", "water
 * pumps" as "water" that pumps).
 */
function withNounsAfterThat(terms: Term[]): Term[] {
	return terms.map((term, i) => {
		if (
			!headsClauseSubject(terms, i) ||
			!term.tags.has('PresentTense') ||
			/^(?:has|is|was|does)$/.test(term.normal) ||
			!/[^s]s$/.test(term.normal) ||
			/[,;:.!?]/.test(term.post) ||
			!terms[i + 1]?.tags.has('Preposition')
		)
			return term;
		const rest = terms.slice(i + 2, i + 9);
		const stop = rest.findIndex((t) => /[,;:.!?]/.test(t.post));
		const clause = stop < 0 ? rest : rest.slice(0, stop + 1);
		const ownVerb = clause.some(
			(t) => t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('PastTense')
		);
		return ownVerb ? { ...term, tags: new Set(['Noun', 'Plural']) } : term;
	});
}

/** Prepositions that take a noun phrase, never a clause, when they open a sentence. */
const PHRASE_PREPOSITION =
	/^(?:under|despite|amid|during|following|within|across|among|throughout|without|beyond|unlike|per)$/;

/**
 * "Under European Union rules, passengers …": up to the comma, a sentence that opens with a
 * preposition is one noun phrase, so a word compromise reads as a verb there ("rules") is its noun
 * (which asked "Which organization rules passengers …?").
 */
function withNounsInOpeningPhrase(terms: Term[]): Term[] {
	if (!PHRASE_PREPOSITION.test(terms[0]?.normal ?? '')) return terms;
	const comma = terms.findIndex((term) => /,/.test(term.post));
	if (comma < 0 || comma > 8) return terms;
	return terms.map((term, i) =>
		i > 0 &&
		i <= comma &&
		term.tags.has('Verb') &&
		!term.tags.has('Gerund') &&
		!term.tags.has('PastTense') &&
		/s$/.test(term.normal)
			? { ...term, tags: new Set(['Noun', 'Plural']) }
			: term
	);
}

/** Words after which a clause, and so its subject, begins. */
const CLAUSE_OPENERS =
	/^(?:that|while|whereas|although|though|because|as|when|whenever|after|before|if|since|and|but|where|once|until)$/;

/**
 * Whether the word at `i` can be the head of a clause's first noun phrase: right after "that", or
 * after a noun that itself opens a clause ("while water pumps …", ", water pumps …").
 */
function headsClauseSubject(terms: readonly Term[], i: number): boolean {
	const before = terms[i - 1];
	if (before?.normal === 'that') return true;
	if (!before?.tags.has('Noun') || before.tags.has('Plural') || /[,;:.!?]/.test(before.post))
		return false;
	const opener = terms[i - 2];
	return opener === undefined || CLAUSE_OPENERS.test(opener.normal) || /[,;:]/.test(opener.post);
}

/**
 * "Sam Okafor, campaign director at …", "the press secretary": a word that sharpens a role, right
 * before the role, is part of it, though compromise reads "campaign" or "press" as a verb (which
 * asked "Who did Sam Okafor campaign at …?").
 */
function withRoleModifiers(terms: Term[]): Term[] {
	return terms.map((term, i) => {
		const role = terms[i + 1];
		const before = terms[i - 1];
		if (
			!term.tags.has('Verb') ||
			term.tags.has('PastTense') ||
			!TITLE_MODIFIERS.has(term.normal) ||
			!role ||
			!TITLE_HEADS.has(role.normal) ||
			/[,;:.!?]/.test(term.post)
		)
			return term;
		const opensPhrase =
			before === undefined ||
			/[,;:(]/.test(before.post) ||
			['Determiner', 'Possessive', 'Adjective', 'ProperNoun'].some((tag) => before.tags.has(tag));
		return opensPhrase ? { ...term, tags: new Set(['Noun', 'Singular']) } : term;
	});
}

/**
 * "two consumer rights groups": after a count and a singular noun, a word in -s is the plural that
 * ends the counted compound, though compromise reads it as a verb ("consumer rights"); the count
 * then asked "How many consumer rights groups?" with no verb at all.
 */
function withCountedCompounds(terms: Term[]): Term[] {
	return terms.map((term, i) => {
		const noun = terms[i - 1];
		const count = terms[i - 2];
		if (
			!noun ||
			!count ||
			!term.tags.has('PresentTense') ||
			!/s$/.test(term.normal) ||
			!count.tags.has('Cardinal') ||
			/^(?:one|1)$/.test(count.normal) ||
			!noun.tags.has('Singular') ||
			/[,;:.!?]/.test(count.post + noun.post)
		)
			return term;
		return { ...term, tags: new Set(['Noun', 'Plural']) };
	});
}

/** Members of a party or a faith: names, whatever compromise reads at a sentence's start. */
const GROUP_NAME =
	/^(?:Democrats?|Republicans?|Conservatives?|Liberals?|Socialists?|Communists?|Greens|Tories|Catholics?|Protestants?|Muslims?|Christians?|Jews|Hindus?|Sikhs?|Buddhists?)$/;

/** The tag of a word opening a sentence that the article writes as a name elsewhere. */
export const NAME_ELSEWHERE = 'NameElsewhere';

/**
 * "Catalonia declared …" beside "… rain in Catalonia": a capitalised word opening a sentence,
 * which the article also writes with its capital inside one (or a party's or a faith's members,
 * "Democrats"), is a name there too, and keeps its capital when a question moves it ("What did
 * Democrats withhold …?", never "democrats").
 */
export function markNamesOpeningSentences(sentences: ArticleSentence[]): ArticleSentence[] {
	return sentences.map((sentence) => {
		const first = sentence.terms[0];
		if (
			!first ||
			!/^\p{Lu}\p{Ll}/u.test(first.text) ||
			first.tags.has('ProperNoun') ||
			!(GROUP_NAME.test(first.text) || capitalisedMidSentence({ sentences }, first.text))
		)
			return sentence;
		const named = { ...first, tags: new Set([...first.tags, NAME_ELSEWHERE]) };
		return { ...sentence, terms: [named, ...sentence.terms.slice(1)] };
	});
}
