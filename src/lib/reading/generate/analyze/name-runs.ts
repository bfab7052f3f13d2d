import { SMALL_WORDS } from './abbreviations';
import type { ArticleSentence, Term } from '../types';
import {
	DOTTED_TITLES,
	ORGANIZATION_WORDS,
	TITLE_HEADS,
	TITLE_MODIFIERS,
	TITLE_TAILS,
	vocabularyForm
} from './titles';

/** A stretch of capitalised words that read as one name, titles included. `to` is exclusive. */
export interface NameRun {
	from: number;
	to: number;
	/** Ends in "'s": the name owns what follows ("North Korea's leader"), it is not a title. */
	possessive: boolean;
}

/** Tags that never belong to a name, wherever the word stands. */
const NEVER_NAME =
	/^(?:Date|Month|WeekDay|Pronoun|Determiner|Conjunction|Preposition|Value|QuestionWord)$/;
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Honorific', 'Acronym'];
const POSSESSIVE = /['’]s?$/;

/** "Mongolian People's Party", "People's Liberation Army": a possessive inside the name. */
const PEOPLES = /^People['’]s$/;
/** "Belgian Shippers' Council", "Workers' Party": a plural possessive before the body it names. */
const MEMBERS_OF = /^\p{Lu}\p{L}+s$/u;
const BODY =
	/^(?:Council|Association|Union|Federation|Party|Front|Alliance|Congress|League|Forum|Fund|Bank|Guild|Confederation|Movement|Coalition|Committee|Institute|Organi[sz]ation)$/;
const possessiveInName = (terms: readonly Term[], j: number) =>
	PEOPLES.test(terms[j - 1]!.text) || membersOf(terms, j);
/** compromise leaves a plural possessive's mark after the word: "Shippers" + "' ". */
const membersOf = (terms: readonly Term[], j: number) =>
	MEMBERS_OF.test(terms[j - 1]!.text) &&
	/^['’]\s+$/.test(terms[j - 1]!.post) &&
	BODY.test(terms[j]?.text ?? '');

const ELIDED_PARTICLE = /^(?:d|l|dell)['’]\p{Lu}/u;

/** Lowercase particles of Romance, Dutch, German and Arabic names. */
export const NAME_PARTICLE =
	/^(?:de|del|della|di|da|do|dos|das|du|la|le|van|von|der|den|ter|ten|bin|ibn|al|el)$/;

/** The capitalised runs of a sentence, left to right. */
export function findNameRuns(sentence: ArticleSentence): NameRun[] {
	const { terms } = sentence;
	const runs: NameRun[] = [];
	let i = sentence.position === 0 ? datelineEnd(terms) : 0;
	while (i < terms.length) {
		if (!isNameWord(terms, i)) {
			i += 1;
			continue;
		}
		let j = i + 1;
		while (
			j < terms.length &&
			(!POSSESSIVE.test(terms[j - 1]!.text) || possessiveInName(terms, j)) &&
			(joined(terms, j) || membersOf(terms, j))
		) {
			// "Save Val d'Arbène", "Côte d'Ivoire": an elided particle joined to a capitalised word.
			if (isNameWord(terms, j) || ELIDED_PARTICLE.test(terms[j]!.text)) j += 1;
			// "Bank of England", "Secretary of State": "of" ties an institution or a title to its domain.
			else if (
				terms[j]!.normal === 'of' &&
				j + 1 < terms.length &&
				takesOf(terms[j - 1]!, terms[j + 1]!) &&
				joined(terms, j + 1) &&
				isNameWord(terms, j + 1)
			)
				j += 2;
			else {
				// "Ramon de Leon Castillo", "Plaza de la Democracia", "Ursula von der Leyen": a
				// lowercase particle inside a name joins its two halves.
				let k = j;
				while (
					k < j + 2 &&
					k < terms.length &&
					NAME_PARTICLE.test(terms[k]!.text) &&
					joined(terms, k + 1)
				)
					k += 1;
				if (k > j && k < terms.length && isNameWord(terms, k)) j = k + 1;
				else break;
			}
		}
		// "Memorial Day", "Independence Day": a holiday's name, not a place or a person.
		const holiday = terms[j]?.text === 'Day' && joined(terms, j);
		if (!holiday) runs.push({ from: i, to: j, possessive: POSSESSIVE.test(terms[j - 1]!.text) });
		i = j;
	}
	return withSpelledOutNames(sentence, joinedByAnd(terms, runs));
}

/**
 * "the Food and Agriculture Organization", "the Department of Health and Human Services": a name
 * and then, after "and", a run that ends in an institution's word are one institution, unless the
 * first is an institution already ("the Senate and House Committee" names two).
 */
function joinedByAnd(terms: readonly Term[], runs: NameRun[]): NameRun[] {
	const out: NameRun[] = [];
	for (const run of runs) {
		const last = out.at(-1);
		const and = terms[run.from - 1];
		const first = last ? terms.slice(last.from, last.to).map((t) => vocabularyForm(t.normal)) : [];
		const second = terms.slice(run.from, run.to).map((t) => vocabularyForm(t.normal));
		if (
			last &&
			!last.possessive &&
			last.to === run.from - 1 &&
			and?.normal === 'and' &&
			joined(terms, run.from - 1) &&
			joined(terms, run.from) &&
			run.to - run.from >= 2 &&
			ORGANIZATION_WORDS.has(second.at(-1) ?? '') &&
			(first.includes('of') || !first.some((word) => ORGANIZATION_WORDS.has(word)))
		) {
			out[out.length - 1] = { ...last, to: run.to, possessive: run.possessive };
			continue;
		}
		out.push(run);
	}
	return out;
}

/**
 * "The Australian Bureau of Agricultural and Resource Economics and Sciences (ABARES)": runs
 * parted by "and", "for" or "of" are one name when the abbreviation in brackets after them spells
 * all of them.
 */
function withSpelledOutNames(sentence: ArticleSentence, runs: NameRun[]): NameRun[] {
	const { terms, text } = sentence;
	const out = [...runs];
	for (let last = out.length - 1; last > 0; last--) {
		const bracket = /^\s*\(([A-Z][A-Za-z&]{1,9})\)/.exec(text.slice(terms[out[last]!.to - 1]!.end));
		if (!bracket) continue;
		const letters = bracket[1]!.replace(/[^A-Za-z]/g, '').toLowerCase();
		for (let first = last - 1; first >= 0; first--) {
			const between = terms.slice(out[first]!.to, out[first + 1]!.from);
			if (between.length === 0 || between.length > 2) break;
			if (!between.every((t) => SMALL_WORDS.has(t.text.toLowerCase()) && !/[,;:]/.test(t.post)))
				break;
			const initials = terms
				.slice(out[first]!.from, out[last]!.to)
				.filter((t) => !SMALL_WORDS.has(t.text.toLowerCase()))
				.map((t) => t.text.charAt(0).toLowerCase())
				.join('');
			if (initials !== letters) continue;
			out.splice(first, last - first + 1, {
				from: out[first]!.from,
				to: out[last]!.to,
				possessive: out[last]!.possessive
			});
			last = first;
			break;
		}
	}
	return out;
}

/**
 * "WASHINGTON —" or "KYIV, Ukraine (AP) —" opening an article is a dateline, never a mention: the
 * index of the first term after it, or 0.
 */
function datelineEnd(terms: readonly Term[]): number {
	for (let i = 0; i < Math.min(terms.length, 6); i++) {
		const term = terms[i]!;
		// A spaced dash ("WASHINGTON -"), never the hyphen inside a word ("Coca-Cola", "Kassym-Jomart").
		if (/[—–]|\s-\s|^\s*-+\s+$|^\s+-+\s*$/.test(term.post)) return i + 1;
		const isCaps = /^[\p{Lu}\p{P}]+$/u.test(term.text) && /\p{Lu}{2}/u.test(term.text);
		if (!isCaps && i === 0) return 0;
		if (!isCaps && !/,\s*$/.test(terms[i - 1]!.post)) return 0;
	}
	return 0;
}

/**
 * "Bank of England" and "Secretary of State" are one name; "Vice Chairman of North Korea" is a title
 * and a country, read apart so the country stays a mention.
 */
function takesOf(before: Term, after: Term): boolean {
	if (ORGANIZATION_WORDS.has(vocabularyForm(before.normal))) return true;
	const next = vocabularyForm(after.normal);
	return (
		TITLE_HEADS.has(vocabularyForm(before.normal)) &&
		(TITLE_TAILS.has(next) || TITLE_MODIFIERS.has(next))
	);
}

/**
 * Capitalised words mid-sentence are names even when compromise calls them adjectives ("White House")
 * or verbs ("Kim Jong Un"); at the start of a sentence or quote, compromise's tags must say so.
 */
function isNameWord(terms: readonly Term[], i: number): boolean {
	const term = terms[i]!;
	if (!/^\p{Lu}/u.test(term.text)) return false;
	if ([...term.tags].some((tag) => NEVER_NAME.test(tag))) return false;
	if (NAME_TAGS.some((tag) => term.tags.has(tag))) return true;
	if (TITLE_HEADS.has(vocabularyForm(term.normal))) return true;
	if (!opensClause(terms, i)) return true;
	// "Under European Union rules, …": compromise may call an opening preposition an adjective.
	if (OPENING_PREPOSITION.test(term.normal)) return false;
	const next = terms[i + 1];
	if (!next || !joined(terms, i + 1)) return false;
	// "Berg added …": compromise tags no sentence-initial surname it does not know; a reporting verb
	// after it shows a name (grouping finds whose).
	if (startsReport(terms, i)) return true;
	// "White House …", "Park Sun Hee …" open a sentence: a first word joins a capitalised next word
	// unless it reads as an adverb or a past verb ("Later Trump said", "Said Lopez").
	if (!/^\p{Lu}/u.test(next.text)) return false;
	const form = vocabularyForm(term.normal);
	if (ORGANIZATION_WORDS.has(form) || TITLE_MODIFIERS.has(form)) return true;
	return !NOT_A_FIRST_NAME_WORD.some((tag) => term.tags.has(tag));
}

/** Prepositions that open a sentence before a name ("Under", "Despite", "Following"). */
const OPENING_PREPOSITION =
	/^(?:under|over|after|before|during|despite|amid|among|against|within|without|across|through|throughout|since|until|beyond|behind|below|above|following|according|toward|towards|unlike|like|near|inside|outside|beside|besides)$/;

const NOT_A_FIRST_NAME_WORD = [
	'Adverb',
	'Comparative',
	'Superlative',
	'PastTense',
	'Gerund',
	'Modal',
	'Auxiliary',
	'Copula'
];
/** Verbs that report speech: "said", "told", "denied". */
export const REPORTING_VERBS = new Set(
	'said says told added noted argued wrote declined explained insisted warned stressed replied responded asked announced acknowledged admitted claimed confirmed denied urged thanked'.split(
		' '
	)
);

/** A lone capitalised word opening a sentence before a reporting verb: "Marsh told reporters". */
export function startsReport(terms: readonly Term[], i: number): boolean {
	const term = terms[i]!;
	const next = terms[i + 1];
	return (
		next !== undefined &&
		REPORTING_VERBS.has(next.normal) &&
		/^\p{Lu}\p{Ll}+$/u.test(term.text) &&
		!NOT_A_FIRST_NAME_WORD.some((tag) => term.tags.has(tag)) &&
		!term.tags.has('Verb') &&
		!term.tags.has('Plural')
	);
}

export function opensClause(terms: readonly Term[], i: number): boolean {
	if (i === 0) return true;
	return /[“"‘(:]/.test(terms[i]!.pre) || /[.!?:;“"]\s*$/.test(terms[i - 1]!.post);
}

/** Whether term `j` runs straight on from the one before it: a space or hyphen, no punctuation. */
export function joined(terms: readonly Term[], j: number): boolean {
	const term = terms[j - 1]!;
	if (terms[j]!.pre !== '') return false;
	if (/^\.\s+$/.test(term.post)) {
		// "Sen. Elizabeth Warren", "Fielding H. Garrison": the dot of a title or an initial.
		return DOTTED_TITLES.has(vocabularyForm(term.normal)) || /^\p{Lu}$/u.test(term.text);
	}
	return /^(?:\s+|-)$/.test(term.post);
}
