import type { Context, TermRange } from './types';
import type { Term } from '../../types';
import { ATTRIBUTION_VERBS, SPEECH_VERBS, THAT_VERBS, commaAfter, has, isNominal } from './lexicon';
import { clauseStartsAt, nounPhraseEnd, verbGroupEnd } from './verbs';

/** Longest trailer an attribution may carry: "said in a statement on Tuesday". */
const MAX_TRAILER = 8;
/** How far after a speech verb its content may start: "said in a televised address that". */
const MAX_CONTENT_GAP = 9;

/** Sentence text of a term range, as written, without the punctuation after it. */
export function textOf(ctx: Context, from: number, to: number): string {
	const first = ctx.terms[from];
	const last = ctx.terms[to - 1];
	if (!first || !last || to <= from) return '';
	return ctx.text.slice(first.start, last.end).replace(/[\s,;:.]+$/, '');
}

function hasFinite(ctx: Context, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (ctx.finite[i]) return true;
	return false;
}

/**
 * The speaker of an attribution that fills [from, to) alone: "officials said", "said the mayor",
 * "a White House official told reporters on Tuesday". Undefined for anything else.
 */
export function attributionSpeaker(ctx: Context, from: number, to: number): TermRange | undefined {
	const { terms, finite } = ctx;
	if (to <= from || to - from > 16) return undefined;
	const first = terms[from]!;
	if (finite[from] && ATTRIBUTION_VERBS.has(first.normal)) {
		const end = nounPhraseEnd(terms, finite, from + 1, to);
		return end > from + 1 && !hasFinite(ctx, end, to) ? { from: from + 1, to: end } : undefined;
	}
	const subjectEnd = speakerEnd(ctx, from, to);
	if (subjectEnd === from) return undefined;
	let verb = subjectEnd;
	if (has(terms[verb], 'Adverb') && !finite[verb]) verb++;
	// "Leila Haddad, Africa economist at Meridian Research, told AFP": a noun phrase filling the
	// commas has no verb of its own; the one after the closing comma is the sentence's.
	if (verb >= to || !finite[verb]) return undefined;
	const groupEnd = verbGroupEnd(terms, verb, to);
	const verbWord = terms[groupEnd - 1]!.normal;
	if (!ATTRIBUTION_VERBS.has(verbWord)) return undefined;
	if (to - groupEnd > MAX_TRAILER || hasFinite(ctx, groupEnd, to)) return undefined;
	// "the opposition claimed victory" has an object, so it is a clause of its own, not an attribution.
	const trailer = terms[groupEnd];
	const objectAllowed = /^(?:told|tells|tell)$/.test(verbWord);
	if (groupEnd < to && !objectAllowed && !isTrailerStart(trailer)) return undefined;
	return { from, to: subjectEnd };
}

/** "said Tuesday", "said in a statement", "added later": what may follow an attribution's verb. */
function isTrailerStart(term: Term | undefined): boolean {
	return has(term, 'Preposition') || has(term, 'Date') || has(term, 'Adverb') || has(term, 'Value');
}

/** The speaker before an attribution's verb may carry a prepositional phrase: "a lawyer for the firm". */
function speakerEnd(ctx: Context, from: number, to: number): number {
	const { terms, finite } = ctx;
	let end = nounPhraseEnd(terms, finite, from, to);
	while (
		end > from &&
		end < to &&
		has(terms[end], 'Preposition') &&
		!/,/.test(terms[end - 1]!.post)
	) {
		const next = nounPhraseEnd(terms, finite, end + 1, to);
		if (next === end + 1) break;
		end = next;
	}
	return end;
}

/** Where the content of a speech verb starts: after "that", or at its own subject ("said he would…"). */
export function speechContent(
	ctx: Context,
	groupEnd: number,
	to: number
): { at: number; connective?: string } | undefined {
	const { terms, finite } = ctx;
	const verb = terms[groupEnd - 1]!.normal;
	const speech = SPEECH_VERBS.has(verb);
	if (!speech && !THAT_VERBS.has(verb)) return undefined;
	const limit = Math.min(to - 1, groupEnd + MAX_CONTENT_GAP);
	for (let k = groupEnd; k < limit; k++) {
		const term = terms[k]!;
		if (term.normal === 'that') return { at: k, connective: 'that' };
		if (finite[k] || (has(term, 'Conjunction') && term.normal !== 'that')) return undefined;
		if (speech && clauseStartsAt(terms, finite, k, to)) return { at: ownerOf(ctx, k, groupEnd) };
		if (commaAfter(term) && terms[k + 1]?.normal !== 'that') return undefined;
	}
	return undefined;
}

/**
 * "said the report on the email probe reached …": a clause found inside a prepositional phrase
 * starts at the noun phrase the phrase belongs to ("the report on …"), not after its preposition.
 */
function ownerOf(ctx: Context, at: number, from: number): number {
	const { terms, finite } = ctx;
	const preposition = terms[at - 1];
	if (at - 1 <= from || !has(preposition, 'Preposition') || preposition?.normal === 'that')
		return at;
	let start = at - 1;
	while (
		start > from &&
		!finite[start - 1] &&
		isNominal(terms[start - 1]) &&
		!has(terms[start - 1], 'Date') &&
		!commaAfter(terms[start - 1])
	)
		start--;
	return start < at - 1 && has(terms[at - 2], 'Noun') ? start : at;
}

const accordingToAt = (terms: Context['terms'], at: number) =>
	terms[at]?.normal === 'according' && terms[at + 1]?.normal === 'to';

/** "According to the ministry, …": the speaker range and where the content starts. */
export function leadingAccordingTo(
	ctx: Context,
	at: number,
	to: number
): { speaker: TermRange; contentFrom: number } | undefined {
	const { terms } = ctx;
	if (!accordingToAt(terms, at)) return undefined;
	for (let j = at + 2; j < to - 1; j++) {
		if (ctx.finite[j]) return undefined;
		if (commaAfter(terms[j])) return { speaker: { from: at + 2, to: j + 1 }, contentFrom: j + 1 };
	}
	return undefined;
}

/** "…, according to the ministry.": the speaker range and where the tail starts. */
export function trailingAccordingTo(
	ctx: Context,
	from: number,
	to: number
): { speaker: TermRange; tailFrom: number } | undefined {
	const { terms } = ctx;
	for (let k = from + 1; k < to - 2; k++) {
		if (!accordingToAt(terms, k)) continue;
		if (!commaAfter(terms[k - 1]) || hasFinite(ctx, k + 2, to)) continue;
		let end = to;
		for (let j = k + 2; j < to - 1; j++) if (commaAfter(terms[j])) end = Math.min(end, j + 1);
		return { speaker: { from: k + 2, to: end }, tailFrom: k };
	}
	return undefined;
}
