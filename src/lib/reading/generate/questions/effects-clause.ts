import nlp from 'compromise';
import { stripFinalPunctuation } from '../text/grammar';
import { wordsIn } from '../text/normalize';
import type { Article, ArticleSentence, Term } from '../types';
import { finiteFlagsOf } from '../analyze/clauses/verbs';

/** An answer longer than this is a paragraph to copy, not a cause to recognise. */
export const MAX_ANSWER_WORDS = 14;

const RELATIVE = /^(?:which|who|whom|whose|where)$/;
const REPORTING = /^(?:said|say|says|told|added|claimed|according|officials|reported)$/;

/** A verb that can carry a clause on its own: "doubled", "had", not "taking" or "to". */
function isFinite(term: Term | undefined): boolean {
	if (!term || !term.tags.has('Verb')) return false;
	return !term.tags.has('Gerund') && !term.tags.has('Infinitive');
}

/**
 * "negotiations between the speaker and the caucus to ensure the bill would pass": a clause too
 * long to be an answer loses its purpose ("to ensure …"), which says why, not what happened.
 */
function withoutPurpose(sentence: ArticleSentence, clause: string): string {
	const at = sentence.text.indexOf(clause);
	const to = sentence.terms.find(
		(t, i) =>
			t.start > at &&
			t.end <= at + clause.length &&
			t.normal === 'to' &&
			sentence.terms[i + 1]?.tags.has('Infinitive') === true &&
			// After a noun "to …" is a purpose; after "decided on Monday" it is what was decided.
			isPlainNoun(sentence.terms[i - 1])
	);
	return to ? clause.slice(0, to.start - at).trim() : clause;
}

/** Words that open a clause of their own: a cut or a verb past one belongs to that clause. */
export const OPENS_CLAUSE =
	/^(?:that|which|who|whom|whose|because|when|where|if|whether|while|as|although|after|before|since|until)$/;

/**
 * "a fire at a major grid station cut power to an estimated 9 million people" → "a fire at a major
 * grid station cut power": a clause too long for an answer loses its last phrases that open on a
 * preposition after its verb (where, when, to whom), as few as make it short enough. "of" binds
 * its noun too closely to cut. The clause as it was when no cut makes it short enough.
 */
function withoutTrailingPhrases(sentence: ArticleSentence, clause: string): string {
	const at = sentence.text.indexOf(clause);
	if (at < 0) return clause;
	const finite = finiteFlagsOf(sentence.terms);
	const inside = sentence.terms
		.map((term, i) => ({ term, finite: finite[i] === true }))
		.filter(({ term }) => term.start >= at && term.end <= at + clause.length);
	const verb = inside.findIndex((t) => t.finite);
	if (verb < 0) return clause;
	for (let k = inside.length - 1; k > verb + 1; k--) {
		const { term } = inside[k]!;
		// "overcharged more | than 18,000 passengers": a comparison is cut from what it compares.
		if (!isPreposition(term) || /^(?:of|than)$/.test(term.normal)) continue;
		// "over | about a week": a word inside the phrase of the preposition before it.
		if (isPreposition(inside[k - 1]?.term)) continue;
		// "The auditors found that design work | on several sections began …": a cut inside a
		// clause the last verb opens leaves that clause without its verb.
		const lastVerb = inside.slice(0, k).findLastIndex((t) => t.finite);
		if (inside.slice(lastVerb + 1, k).some((t) => OPENS_CLAUSE.test(t.term.normal))) continue;
		const cut = stripFinalPunctuation(clause.slice(0, term.start - at).trim());
		if (wordsIn(cut) <= MAX_ANSWER_WORDS) return cut;
	}
	return clause;
}

/** Prepositions compromise may tag otherwise ("over" a span of time). */
const PREPOSITION_WORD = /^(?:over|under|for|in|at|by|from|around|within|during)$/;
const isPreposition = (term: Term | undefined) =>
	term !== undefined && (term.tags.has('Preposition') || PREPOSITION_WORD.test(term.normal));

const isPlainNoun = (term: Term | undefined) =>
	term !== undefined &&
	term.tags.has('Noun') &&
	!term.tags.has('Date') &&
	!term.tags.has('Pronoun') &&
	!term.tags.has('Verb');

/**
 * The clause that starts at character `from` of the sentence, as a stand-alone answer: relative
 * clauses set between commas are dropped even when they hold commas themselves ("which, officials
 * said, had been frozen,"), and the text stops where the clause does (a comma before a participle
 * such as "prompting", a semicolon, "which", "and" + gerund). Undefined when more than
 * `MAX_ANSWER_WORDS` words remain.
 */
/** ", tram and underground passengers": the comma goes on a list of words, not a new phrase. */
const LIST_GOES_ON =
	/^,\s*[\p{L}'’-]+(?:\s[\p{L}'’-]+)?(?:,\s*[\p{L}'’-]+(?:\s[\p{L}'’-]+)?)*,?\s+(?:and|or)\s/u;

export function clauseFrom(
	sentence: ArticleSentence,
	from: number,
	to = Infinity
): string | undefined {
	const terms = sentence.terms.filter((t) => t.start >= from && t.end <= to);
	const runs: Term[][] = [];
	let run: Term[] = [];
	let hasVerb = false;
	for (let k = 0; k < terms.length; k += 1) {
		const t = terms[k]!;
		const started = runs.length > 0 || run.length > 0;
		if (started && RELATIVE.test(t.normal) && /,\s*$/.test(terms[k - 1]?.post ?? '')) {
			const end = relativeEnd(terms, k);
			if (end < 0) break;
			runs.push(run);
			run = [];
			k = end - 1;
			// What follows the relative clause is the host's verb, whatever compromise tagged it.
			hasVerb = true;
			continue;
		}
		if (started && /^(?:and|but)$/.test(t.normal) && terms[k + 1]?.tags.has('Gerund')) break;
		if (started && (RELATIVE.test(t.normal) || /^(?:while|whereas)$/.test(t.normal))) {
			// "a shootout in which each player …": the preposition goes with "which".
			if (RELATIVE.test(t.normal) && run.at(-1)?.tags.has('Preposition')) run.pop();
			break;
		}
		run.push(t);
		if (isFinite(t)) hasVerb = true;
		if (/[;:]|[.!?]["”’]?\s*$/.test(t.post)) break;
		// A comma after the verb ends the clause, unless a relative clause opens right after it, or
		// a list goes on ("overcharged more than 18,000 bus, tram and underground passengers").
		if (
			/,/.test(t.post) &&
			hasVerb &&
			!RELATIVE.test(terms[k + 1]?.normal ?? '') &&
			!LIST_GOES_ON.test(sentence.text.slice(t.end))
		)
			break;
		// "because of unpaid bills, and last season the squad trained …": after a phrase with no
		// verb, ", and" opens another clause.
		if (/,/.test(t.post) && !hasVerb && /^(?:and|but)$/.test(terms[k + 1]?.normal ?? '')) break;
	}
	runs.push(run);
	const text = runs
		.filter((r) => r.length > 0)
		.map((r) => sentence.text.slice(r[0]!.start, endWithBrackets(r[r.length - 1]!)))
		.join(' ')
		.replace(/\s*\((?![A-Z]{2,}\))[^)]*\)/g, '')
		.replace(/\s+/g, ' ');
	const whole = stripFinalPunctuation(text.trim()).replace(/^["“”'(]+|["“”'(]+$/g, '');
	const purposeless = wordsIn(whole) > MAX_ANSWER_WORDS ? withoutPurpose(sentence, whole) : whole;
	const clean =
		wordsIn(purposeless) > MAX_ANSWER_WORDS
			? withoutTrailingPhrases(sentence, purposeless)
			: purposeless;
	if (wordsIn(clean) < 2 || wordsIn(clean) > MAX_ANSWER_WORDS) return undefined;
	if ((clean.match(/[“”"]/g) ?? []).length % 2 === 1) return undefined;
	if (!quotesPaired(clean)) return undefined;
	return clean;
}

/** Where a run's text ends, with the bracket or quote that closes on its last word ("(LPG)"). */
function endWithBrackets(last: Term): number {
	return last.end + (/^[)"”’]*/.exec(last.post)?.[0].length ?? 0);
}

function quotesPaired(text: string): boolean {
	return (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;
}

/**
 * Index of the first term after a relative clause that starts at `at`: the clause runs past commas
 * until a segment opens with a finite verb once the clause has had its own ("had been frozen"),
 * which is then the host's verb ("rose"). A reporting aside ("officials said") is skipped. -1 when
 * the sentence ends inside the relative clause.
 */
function relativeEnd(terms: readonly Term[], at: number): number {
	let hasVerb = false;
	let segmentStart = at + 1;
	for (let k = at + 1; k < terms.length; k += 1) {
		const t = terms[k]!;
		const startsSegment = k === segmentStart;
		if (startsSegment && hasVerb && (isFinite(t) || mayBeVerb(t))) return k;
		const aside =
			startsSegment && REPORTING.test(terms[k + 1]?.normal ?? '') && /,/.test(terms[k + 1]!.post);
		if (isFinite(t) && !aside && !(k === segmentStart + 1 && REPORTING.test(t.normal)))
			hasVerb = true;
		if (/,/.test(t.post)) segmentStart = k + 1;
		if (/[;.!?]/.test(t.post)) return -1;
	}
	return -1;
}

/** "rose" tagged as a noun: a bare lowercase word after a comma, not a preposition or article. */
function mayBeVerb(t: Term): boolean {
	const other = ['Preposition', 'Determiner', 'Adverb', 'Conjunction', 'Pronoun', 'Value'];
	return /^\p{Ll}+$/u.test(t.text) && !other.some((tag) => t.tags.has(tag));
}

type VerbForm = 'PastTense' | 'Gerund' | 'Infinitive';

/** Verb phrases already conjugated: a parse per phrase costs more than the rest of its question. */
const conjugated = new Map<string, Partial<Record<VerbForm, string>> | undefined>();
const MAX_CONJUGATED = 2000;

/** A verb phrase in another form, as compromise conjugates it: "take" → "took" ("PastTense"). */
export function conjugate(verb: string, form: VerbForm): string | undefined {
	if (!conjugated.has(verb)) {
		const found = nlp(`they ${verb}`).verbs().conjugate() as Partial<Record<VerbForm, string>>[];
		if (conjugated.size >= MAX_CONJUGATED) conjugated.clear();
		conjugated.set(verb, found[0]);
	}
	return conjugated.get(verb)?.[form];
}

const POSSESSIVE = /^(its|his|her)\s+/i;

/**
 * A phrase that opens with a possessive ("its collapse") with the owner named ("Kestrel Bank's
 * collapse"): "its" is the last organisation, country or place named in the two sentences before,
 * else the article's topic; "his"/"her" the last person. Undefined when no one fits, and for
 * "their", "they", "this": a question must never lean on a pronoun the reader cannot resolve.
 */
export function resolvePossessive(
	article: Article,
	sentence: ArticleSentence,
	phrase: string
): string | undefined {
	const m = POSSESSIVE.exec(phrase);
	if (!m) return phrase;
	const person = m[1]!.toLowerCase() !== 'its';
	const recent = article.mentions.filter(
		(mention) =>
			(person ? mention.kind === 'person' : mention.kind !== 'person' && mention.kind !== 'name') &&
			mention.sentence.position <= sentence.position &&
			mention.sentence.position >= sentence.position - 2
	);
	const key = recent[recent.length - 1]?.key;
	const owner =
		article.entities.find((e) => e.key === key && e.kind === recent[recent.length - 1]?.kind) ??
		(person ? undefined : article.topic);
	if (!owner) return undefined;
	const rest = phrase.slice(m[0].length);
	const resolved = `${owner.name}’s ${rest}`;
	return hasUnresolved(resolved) ? undefined : resolved;
}

/** "it", "its", "they", "this" (not "this year"): words only the sentence before explains. */
export function hasUnresolved(text: string): boolean {
	return /\b(?:it|its|they|them|this(?! (?:year|week|month|morning|afternoon|evening|summer|winter|spring|autumn|season)\b))\b/i.test(
		text
	);
}
