import { MONTH_NAMES } from '../../../core/format';
import { STORM_WORD } from './storm-names';
import { findCountry } from '../data/countries';
import type { ArticleSentence, EntityKind, Mention, Term } from '../types';
import { findNameRuns, joined, opensClause, startsReport, type NameRun } from './name-runs';
import {
	appositiveRole,
	leadingAppositiveRole,
	nameStartAfterTitle,
	roleBefore,
	skipCourtesy
} from './roles';
import {
	COURTESY,
	DOTTED_TITLES,
	NAME_AS_MODIFIER,
	ORGANIZATION_ACRONYMS,
	ORGANIZATION_WORDS,
	PLACE_WORDS,
	THING_WORDS,
	isAcronym,
	vocabularyForm
} from './titles';

export { groupEntities } from './coreference';

interface RunReading {
	mention?: Mention;
	/** A run the mention's role took as its modifier ("FBI" in "FBI Director James Comey"). */
	swallowed?: NameRun;
}

/**
 * Finds the people, countries, places and organizations a sentence names, from the tags compromise
 * already gave its words. Keys are provisional: `groupEntities` settles them across the article.
 */
export function findMentions(sentence: ArticleSentence): Mention[] {
	const runs = findNameRuns(sentence);
	const readings = runs.map((_, index) => readRun(sentence, runs, index));
	const swallowed = new Set(readings.flatMap((r) => (r.swallowed ? [r.swallowed] : [])));
	return readings.flatMap((reading, index) =>
		reading.mention && !swallowed.has(runs[index]!) ? [reading.mention] : []
	);
}

const ROUTE_NAME =
	/^(?:Pink|Red|Blue|Green|Yellow|Orange|Purple|Violet|Silver|Gold|Brown|Black|White|Grey|Gray|Ruby|Emerald|Jade|Amber|Crimson|Jubilee|Northern|Southern|Eastern|Western|Central|Circle|Metro|Tube|Rail|Tram|Subway|Ring)$/;

/** Whether a name's words end in "Line" after a colour or a direction: a route, not a body. */
function namesRoute(words: readonly Term[]): boolean {
	return (
		words.length >= 2 &&
		/^lines?$/.test(vocabularyForm(stripPossessive(words.at(-1)!.normal))) &&
		ROUTE_NAME.test(words.at(-2)!.text)
	);
}

function readRun(sentence: ArticleSentence, runs: readonly NameRun[], index: number): RunReading {
	const { terms } = sentence;
	const run = runs[index]!;
	const lastForm = vocabularyForm(stripPossessive(terms[run.to - 1]!.normal));
	// "the Pink Line", "the Northern Line": a route a colour or a direction names is no company.
	const isOrganization =
		ORGANIZATION_WORDS.has(lastForm) && !namesRoute(terms.slice(run.from, run.to));
	// "[then-FBI Director James] Comey": an editor's bracket splits one name; the part inside
	// names no one on its own.
	const after = terms[run.to];
	if (/\]/.test(terms[run.to - 1]!.post) && after && /^\p{Lu}/u.test(after.text)) return {};
	const titleEnd = isOrganization ? undefined : nameStartAfterTitle(terms, run);
	if (titleEnd === run.to) return {};
	const hasTitle = titleEnd !== undefined;
	const nameFrom = titleEnd ?? skipCourtesy(terms, run.from, run.to);
	const span = nameSpan(sentence, nameFrom, run.to);
	if (!span) return {};
	const nameTerms = terms.slice(nameFrom, run.to);
	if (!isOrganization && (isModifierOfNoun(sentence, run, span.text) || isAdjective(sentence, run)))
		return {};
	const kind: EntityKind | undefined =
		hasTitle || nameFrom > run.from
			? 'person'
			: (kindOf(nameTerms, span.text, isOrganization) ?? loneName(terms, run));
	if (!kind) return {};
	const mention: Mention = {
		sentence,
		...span,
		firstTerm: nameFrom,
		lastTerm: run.to,
		kind,
		key: provisionalKey(kind, span.text)
	};
	if (kind === 'country' || kind === 'organization') return { mention };
	// Grouping may find a place or a name to be a person ("Park Sun Hee" tagged as a place): keep
	// the role between commas for it.
	const appositive =
		appositiveRole(sentence, run.to) ?? leadingAppositiveRole(sentence, run.from, run.to);
	if (appositive) mention.appositive = appositive;
	if (kind !== 'person') return { mention };
	const role = roleBefore(terms, runs, index, run.from, hasTitle);
	const title = roleText(sentence, role.from, nameFrom);
	if (title) mention.title = title;
	return { mention, swallowed: role.swallowed };
}

function stripPossessive(text: string): string {
	return text.replace(/['’]s?$/, '');
}

/** The name's text and offsets, without a possessive "'s" or a sentence's final dot. */
function nameSpan(
	sentence: ArticleSentence,
	from: number,
	to: number
): { start: number; end: number; text: string } | undefined {
	const start = sentence.terms[from]!.start;
	let text = sentence.text.slice(start, sentence.terms[to - 1]!.end);
	if (/['’]s?$/.test(text) && text.length > 3) text = stripPossessive(text);
	// Keep the dot of an initial or an abbreviation ("U.S."), drop one that ends the sentence.
	if (text.endsWith('.') && !/(?:^|[\s.])\p{Lu}[a-z]?\.$/u.test(text)) text = text.slice(0, -1);
	if (text.length < 2 || !/\p{L}/u.test(text)) return undefined;
	return { start, end: start + text.length, text };
}

/**
 * "the Trump administration", "the Lopez campaign": the name qualifies a noun and names no one. A
 * country stays a country ("the Kazakhstan government").
 */
function isModifierOfNoun(sentence: ArticleSentence, run: NameRun, text: string): boolean {
	const next = sentence.terms[run.to];
	if (!next || run.possessive || !joined(sentence.terms, run.to)) return false;
	// "the Ariel mission", "the Gikomba market": a name before a made thing or a place names it.
	const head = vocabularyForm(next.normal);
	return (
		(NAME_AS_MODIFIER.has(next.normal) || THING_WORDS.has(head) || PLACE_WORDS.has(head)) &&
		/^\p{Ll}/u.test(next.text) &&
		!findCountry(text)
	);
}

/**
 * "the Korean peninsula", "the Trump-Kim meeting", "a U.S.-North Korea summit": a demonym-like word
 * or a hyphenated pair of names before a lowercase noun describes the noun.
 */
function isAdjective(sentence: ArticleSentence, run: NameRun): boolean {
	const next = sentence.terms[run.to];
	if (!next || run.possessive || !joined(sentence.terms, run.to) || !/^\p{Ll}/u.test(next.text))
		return false;
	if (!next.tags.has('Noun') && !next.tags.has('Adjective')) return false;
	const text = sentence.text.slice(
		sentence.terms[run.from]!.start,
		sentence.terms[run.to - 1]!.end
	);
	const pairOfNames = /\p{L}\.?-\p{Lu}/u.test(text);
	const demonymLike = run.to === run.from + 1 && /\p{Ll}(?:an|ese|ish)$/u.test(text);
	return pairOfNames || (demonymLike && !findCountry(text));
}

/** "Plaza de la Democracia", "Lake Victoria", "Mount Kenya": a place by its first word. */
const PLACE_FIRST =
	/^(?:Plaza|Calle|Avenida|Rua|Rue|Via|Rio|Río|Lago|Puerto|Porto|Monte|Sierra|Mount|Mt\.|Lake|Port|Fort|Cape|Gulf|Strait)$/;

const MONTH = new RegExp(`^(?:${MONTH_NAMES.join('|')})$`, 'i');

const SAINT_PREFIX = /^(?:San|Santa|Santo|São|Sao|Saint|St\.|Sainte|Ste\.)$/;

const PARTY_MEMBERS = /^(?:Republicans|Democrats|Conservatives|Liberals|Socialists|Greens|Tories)$/;

function kindOf(
	terms: readonly Term[],
	text: string,
	isOrganization: boolean
): EntityKind | undefined {
	const country = findCountry(text) ?? findCountry(text.replace(/\./g, ''));
	// "San Vicente", "Santa Cruz", "São Paulo": a saint's name before a name makes a place.
	if (terms.length >= 2 && SAINT_PREFIX.test(terms[0]!.text)) return 'place';
	const personTagged = terms.some((t) => t.tags.has('Person') && !t.tags.has('Place'));
	// "James Webb Space Telescope", "Pan-American Highway": named after people, or like them, but things.
	const head = vocabularyForm(terms[terms.length - 1]!.normal);
	if (terms.length >= 2 && THING_WORDS.has(head)) return 'name';
	// "the Ruby Line": a route, whatever its first word would say of a person.
	if (namesRoute(terms)) return 'name';
	// "Typhoon Dalisay", "Hurricane Ian": a storm, though named like a person.
	if (terms.length >= 2 && STORM_WORD.test(terms[0]!.text)) return 'name';
	if (terms.length >= 2 && PLACE_WORDS.has(head)) return 'place';
	if (terms.length >= 2 && PLACE_FIRST.test(terms[0]!.text)) return 'place';
	// "Costa Ricans", "Kenyans": a country's people, named by what they are, not who.
	const lastTwo = terms
		.slice(-2)
		.map((t) => t.text)
		.join(' ');
	const people = [lastTwo, terms[terms.length - 1]!.text].map((w) => w.replace(/ns$/, ''));
	if (/ns$/.test(text) && !country && people.some((w) => findCountry(w))) return undefined;
	// "than in June": compromise takes a month for a first name.
	if (terms.length === 1 && MONTH.test(text)) return undefined;
	if (country && !personTagged) return 'country';
	if (isOrganization) return 'organization';
	// "North Korean", "Japanese": a demonym describes, it names nothing.
	if (terms[terms.length - 1]!.tags.has('Demonym')) return undefined;
	if (isAcronym(text)) {
		const known = ORGANIZATION_ACRONYMS.has(text.replace(/\./g, '').toLowerCase());
		// An unknown acronym becomes the organisation it abbreviates once grouping finds the expansion.
		return known || terms[0]!.tags.has('Organization') ? 'organization' : 'name';
	}
	if (terms.some((t) => t.tags.has('Organization')) && !personTagged) return 'organization';
	// "House Republicans", "Senate Democrats": a party's members act as one body, never a place.
	if (terms.length >= 2 && PARTY_MEMBERS.test(terms[terms.length - 1]!.text)) return 'organization';
	if (personTagged || terms.some((t) => COURTESY.has(vocabularyForm(t.normal)))) return 'person';
	if (terms.some((t) => t.tags.has('Place'))) return 'place';
	// Two or more proper nouns in a row name something, even when compromise cannot say what.
	if (terms.length >= 2 && terms.every((t) => t.tags.has('ProperNoun') || /^\p{Lu}/u.test(t.text)))
		return 'name';
	return undefined;
}

/**
 * One proper noun may be a surname ("Trump's plan") that grouping gives to its person. Opening a
 * sentence it is often no name at all ("Specifically,"), unless a reporting verb follows ("Berg added").
 */
function loneName(terms: readonly Term[], run: NameRun): EntityKind | undefined {
	if (run.to !== run.from + 1 || MONTH.test(terms[run.from]!.text)) return undefined;
	if (startsReport(terms, run.from)) return 'name';
	// "a former Soviet republic": a lone word before a lowercase noun qualifies it.
	const next = terms[run.to];
	if (next && joined(terms, run.to) && next.tags.has('Noun') && /^\p{Ll}/u.test(next.text))
		return undefined;
	return !opensClause(terms, run.from) && isLoneProperNoun(terms[run.from]!) ? 'name' : undefined;
}

function isLoneProperNoun(term: Term): boolean {
	return (
		term.tags.has('ProperNoun') &&
		!['Plural', 'Adjective', 'Demonym', 'Adverb'].some((tag) => term.tags.has(tag))
	);
}

function provisionalKey(kind: EntityKind, text: string): string {
	if (kind === 'country') {
		const country = findCountry(text) ?? findCountry(text.replace(/\./g, ''));
		return (country?.name ?? text).toLowerCase();
	}
	return text.toLowerCase();
}

/** The role as written from `from` up to the name, courtesy titles ("Dr.") left out. */
function roleText(sentence: ArticleSentence, from: number, nameFrom: number): string | undefined {
	let last = nameFrom - 1;
	while (last >= from && COURTESY.has(vocabularyForm(sentence.terms[last]!.normal))) last -= 1;
	if (last < from) return undefined;
	const lastTerm = sentence.terms[last]!;
	// "Sen." keeps its dot, which compromise leaves out of the word.
	const dot = DOTTED_TITLES.has(vocabularyForm(lastTerm.normal)) && lastTerm.post.startsWith('.');
	const text = sentence.text.slice(sentence.terms[from]!.start, lastTerm.end + (dot ? 1 : 0));
	return text || undefined;
}
