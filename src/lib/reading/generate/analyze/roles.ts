import type { ArticleSentence, Term } from '../types';
import { joined, type NameRun } from './name-runs';
import {
	COURTESY,
	DOTTED_TITLES,
	ORGANIZATION_WORDS,
	TITLE_HEADS,
	TITLE_MODIFIERS,
	TITLE_TAILS,
	vocabularyForm
} from './titles';

const formOf = (term: Term): string => vocabularyForm(term.normal);
const isHead = (term: Term): boolean => TITLE_HEADS.has(formOf(term));
const isTitleWord = (term: Term): boolean =>
	isHead(term) || TITLE_MODIFIERS.has(formOf(term)) || TITLE_TAILS.has(formOf(term));

/**
 * Where a person's name starts inside a run that may open with a title: "FBI Director James Comey"
 * → the index of "James". The last title word with a name after it wins, so everything before it is
 * the role ("Senate Majority Leader"). Returns `run.to` when the run is a title alone ("the
 * President"), and undefined when the run reads as no person at all.
 */
export function nameStartAfterTitle(terms: readonly Term[], run: NameRun): number | undefined {
	for (let k = run.to - 2; k >= run.from; k--) {
		const term = terms[k]!;
		const endsTitle =
			isHead(term) ||
			(TITLE_TAILS.has(formOf(term)) && terms.slice(run.from, k).some((t) => isHead(t)));
		if (!endsTitle) continue;
		const start = skipCourtesy(terms, k + 1, run.to);
		if (looksLikePerson(terms.slice(start, run.to))) return start;
	}
	const all = terms.slice(run.from, run.to);
	if (all.every((t) => isTitleWord(t) || COURTESY.has(formOf(t)) || t.normal === 'of')) {
		return run.to;
	}
	return undefined;
}

export function skipCourtesy(terms: readonly Term[], from: number, to: number): number {
	let i = from;
	while (i < to - 1 && COURTESY.has(formOf(terms[i]!))) i += 1;
	return i;
}

/** What is left after a title is a person's name: a tagged name, or proper nouns that are no place. */
function looksLikePerson(name: readonly Term[]): boolean {
	const last = name[name.length - 1];
	if (!last || ORGANIZATION_WORDS.has(formOf(last)) || name[0]!.normal === 'of') return false;
	if (name.some((t) => t.tags.has('Country') || t.tags.has('Demonym'))) return false;
	if (name.every((t) => isTitleWord(t) || COURTESY.has(formOf(t)))) return false;
	if (name.some((t) => t.tags.has('Person') && !t.tags.has('Organization'))) return true;
	// compromise calls "Rex Tillerson" a place; after a title, capitalised words are a name.
	return name.every((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has('Organization'));
}

/** A role found before a name, and the run it swallowed as its modifier ("White House"), if any. */
interface RoleBefore {
	from: number;
	swallowed?: NameRun;
}

/**
 * Widens a role leftwards over lowercase title words and the name that qualifies them: "White House
 * deputy chief of staff Joe Hagin", "Brookings Institution fellow Molly Reynolds", "former Vice
 * President". `roleFrom` is where the run starts; `hasTitle` says whether it opens with a title.
 * A possessive modifier ("North Korea's leader") joins the role but stays a mention of its own.
 */
export function roleBefore(
	terms: readonly Term[],
	runs: readonly NameRun[],
	runIndex: number,
	roleFrom: number,
	hasTitle: boolean
): RoleBefore {
	let from = roleFrom;
	while (
		from > 0 &&
		joined(terms, from) &&
		!/^\p{Lu}/u.test(terms[from - 1]!.text) &&
		(isTitleWord(terms[from - 1]!) || (terms[from - 1]!.normal === 'of' && from > 1))
	)
		from -= 1;
	while (from < roleFrom && terms[from]!.normal === 'of') from += 1;
	if (!hasTitle && from < roleFrom) {
		// Without a title inside the run, the word right before the name must be one: "fellow Molly".
		const lastWord = terms[roleFrom - 1]!;
		const phrase = terms.slice(from, roleFrom);
		const endsTitle =
			isHead(lastWord) || (TITLE_TAILS.has(formOf(lastWord)) && phrase.some((t) => isHead(t)));
		if (!endsTitle) return { from: roleFrom };
	}
	if (!hasTitle && from === roleFrom) return { from };
	const previous = runs[runIndex - 1];
	if (previous && previous.to === from && joined(terms, from)) {
		return previous.possessive
			? { from: previous.from }
			: { from: previous.from, swallowed: previous };
	}
	return { from };
}

const STOPS_APPOSITION = /^(?:who|whom|whose|which|that|said|says|told|and|but|while)$/;

/**
 * "Michael Horowitz, the department's inspector general, said": the role between commas after a name,
 * when it holds a title word. Leading "a"/"an" go; "the" stays before a possessive so the role still
 * reads ("the department's inspector general").
 */
export function appositiveRole(sentence: ArticleSentence, nameTo: number): string | undefined {
	const { terms } = sentence;
	if (nameTo >= terms.length || !/^,\s+$/.test(terms[nameTo - 1]!.post)) return undefined;
	let end = nameTo;
	while (end < terms.length && end - nameTo < 12) {
		const term = terms[end]!;
		if (STOPS_APPOSITION.test(term.normal) || term.tags.has('Copula')) return undefined;
		// "Joe Hagin, Sen. Elizabeth Warren and …": a list of people, not a role.
		if (term.tags.has('FirstName') || term.tags.has('LastName')) return undefined;
		end += 1;
		const dotOfTitle = /^\.\s+$/.test(term.post) && DOTTED_TITLES.has(formOf(term));
		if (/[,.;:!?()“”"]/.test(term.post) && !dotOfTitle) break;
	}
	const last = terms[end - 1]!;
	if (!(end === terms.length || /^[,.;]/.test(last.post))) return undefined;
	const phrase = terms.slice(nameTo, end);
	if (!phrase.some((t) => isHead(t))) return undefined;
	let first = 0;
	if (/^(?:a|an)$/.test(phrase[0]!.normal)) first = 1;
	else if (phrase[0]!.normal === 'the' && !/['’]s?$/.test(phrase[1]?.text ?? '')) first = 1;
	if (first >= phrase.length) return undefined;
	return sentence.text.slice(phrase[first]!.start, last.end);
}

/**
 * "In a long-awaited report, the department's inspector general, Michael Horowitz, took …": the role
 * between commas before a name set off by commas, when it holds a title word and is a plain noun
 * phrase opened by a determiner or a possessive.
 */
export function leadingAppositiveRole(
	sentence: ArticleSentence,
	nameFrom: number,
	nameTo: number
): string | undefined {
	const { terms } = sentence;
	const boundary = (index: number) => index === 0 || /[,.;:!?()“”"—–]/.test(terms[index - 1]!.post);
	if (nameFrom === 0 || !/^,\s+$/.test(terms[nameFrom - 1]!.post)) return undefined;
	if (nameTo < terms.length && !/^,\s/.test(terms[nameTo - 1]!.post)) return undefined;
	let start = nameFrom - 1;
	while (!boundary(start) && nameFrom - start < 7) start -= 1;
	if (!boundary(start)) return undefined;
	const phrase = terms.slice(start, nameFrom);
	if (!phrase.some((t) => isHead(t))) return undefined;
	const opener = phrase[0]!;
	if (!/^(?:the|a|an)$/.test(opener.normal) && !/['’]s?$/.test(opener.text)) return undefined;
	// "Senators Kamala Harris, Dick Durbin": a name in the phrase makes it a list of people.
	const plain = phrase.every(
		(t) =>
			!t.tags.has('FirstName') &&
			!t.tags.has('LastName') &&
			!(t.tags.has('Verb') && !isHead(t)) &&
			(!/^\p{Lu}/u.test(t.text) || /['’]s?$/.test(t.text) || t === opener) &&
			(!t.tags.has('Preposition') || t.normal === 'of')
	);
	if (!plain) return undefined;
	const first =
		/^(?:a|an)$/.test(opener.normal) ||
		(opener.normal === 'the' && !/['’]s?$/.test(phrase[1]?.text ?? ''))
			? 1
			: 0;
	if (first >= phrase.length) return undefined;
	return sentence.text
		.slice(phrase[first]!.start, phrase[phrase.length - 1]!.end)
		.replace(/,$/, '');
}
