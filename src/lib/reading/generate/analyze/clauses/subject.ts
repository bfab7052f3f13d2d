import type { Context, Draft, TermRange } from './types';
import { breakAfter, has, isNominal } from './lexicon';
import { isDemotedNoun } from './verbs';

/**
 * The subject of the verb at `verbAt`: the noun phrase right before it, read backwards so a leading
 * opener ("On Monday, …", "After the storm, …") is left out, and so is a clause set between commas
 * ("The summit, which …, was cancelled"); a restrictive relative stays in ("the man who fled").
 */
export function findSubject(ctx: Context, draft: Draft, verbAt: number): TermRange | undefined {
	const { finite } = ctx;
	let j = verbAt - 1;
	// "The union, however, said": adverbs between subject and verb belong to neither.
	const gapEndsAt = (at: number) =>
		draft.holes.some(([, e]) => e === at) || draft.nested.some(([, e]) => e === at);
	while (j >= draft.textFrom && !finite[j] && !gapEndsAt(j + 1) && isParenthetical(ctx, j)) j--;
	// Not across a clause set between commas: "Brennan, who joined the company in 2018, will…".
	if (!gapEndsAt(j + 1)) j = beforeTimeAdverbial(ctx, j, draft.textFrom);
	const phrase = readNounPhraseBack(ctx, draft, j);
	const end = phrase.to;
	let begin = phrase.from;
	// "The 60-day deadline for Congress to address the refusal begins …": the phrase before the
	// verb is an infinitive's object, and a noun before "to" heads the whole subject.
	if (begin < end && isObjectOfNonFiniteVerb(ctx, begin)) {
		const whole = infinitiveModifierSubject(ctx, draft, begin);
		if (whole === undefined) return undefined;
		begin = whole;
	}
	// "More than 600 trucks carrying minerals, fuel and food were lined up": the phrase before the
	// verb ends a list that a participle's noun carries, and that noun heads the subject.
	const carrier = begin < end ? listCarrier(ctx, draft, begin) : undefined;
	if (carrier !== undefined && end - carrier <= LONGEST_SUBJECT) begin = carrier;
	// "Not everyone welcomed the ceremony", "No injuries were reported": a question about the
	// clause would leave the negation out ("What did everyone welcome?") and say the opposite.
	if (
		NEGATIVE_SUBJECT.test(ctx.terms[begin]?.normal ?? '') ||
		ctx.terms[begin - 1]?.normal === 'not'
	)
		return undefined;
	return begin < end ? { from: begin, to: end } : undefined;
}

const NEGATIVE_SUBJECT = /^(?:no|nobody|none|neither|nothing|noone)$/;

/** The longest subject a subject may be: past it, a reading that long is likely wrong. */
const LONGEST_SUBJECT = 14;

/**
 * Where a subject begins when its last words are an infinitive's object: the noun before "to"
 * ("deadline for Congress" in "The deadline for Congress to address the refusal") read back as a
 * noun phrase, which must open with a determiner or a name. Undefined when it is not so built.
 */
function infinitiveModifierSubject(ctx: Context, draft: Draft, begin: number): number | undefined {
	const { terms } = ctx;
	if (terms[begin - 2]?.normal !== 'to') return undefined;
	const head = begin - 3;
	if (head < draft.textFrom || !has(terms[head]!, 'Noun') || has(terms[head]!, 'Pronoun'))
		return undefined;
	const phrase = readNounPhraseBack(ctx, draft, head);
	const start = phrase.from;
	const first = terms[start];
	if (phrase.to !== head + 1 || start > head || !first) return undefined;
	// The whole subject opens its clause (or follows an opener's comma): "The decision by the
	// mayor in March to close …" is not "the mayor in March to close …".
	const opens = start === draft.textFrom || /[,;:]/.test(terms[start - 1]?.post ?? '');
	if (!opens) return undefined;
	if (!has(first, 'Determiner') && !/^\p{Lu}/u.test(first.text)) return undefined;
	return begin - start <= LONGEST_SUBJECT ? start : undefined;
}

/**
 * Where the noun phrase begins that carries a list ending at `begin` ("trucks carrying minerals,
 * fuel and food", "farmers growing wheat, barley and oats"): the list's earlier items are read back
 * over their commas to a participle and the noun before it. Undefined when the phrase is no list's
 * last item or no participle's noun comes before the list.
 */
function listCarrier(ctx: Context, draft: Draft, begin: number): number | undefined {
	const { terms } = ctx;
	if (!/,/.test(terms[begin - 1]?.post ?? '')) return undefined;
	let last = begin - 1;
	for (let items = 0; items < 6; items++) {
		let first = last;
		while (
			first - 1 >= draft.textFrom &&
			isNominal(terms[first - 1]) &&
			!breakAfter(terms[first - 1]!)
		)
			first--;
		const before = terms[first - 1];
		if (!before || first - 1 < draft.textFrom) return undefined;
		if (/,/.test(before.post) && isNominal(before)) {
			last = first - 1;
			continue;
		}
		if (!has(before, 'Gerund') && before.normal !== 'including') return undefined;
		const noun = readNounPhraseBack(ctx, draft, first - 2);
		return noun.to === first - 1 && noun.from < noun.to ? noun.from : undefined;
	}
	return undefined;
}

/**
 * Reads a noun phrase backwards from its last term `last`: the range it spans, which ends before
 * `last` when a clause set between commas comes right before the verb.
 */
function readNounPhraseBack(ctx: Context, draft: Draft, last: number): TermRange {
	const { terms, finite } = ctx;
	let j = last;
	let end = j + 1;
	let begin = end;
	while (j >= draft.textFrom) {
		const hole = draft.holes.find(([, holeEnd]) => holeEnd === j + 1);
		if (hole) {
			if (begin !== end) break;
			j = hole[0] - 1;
			begin = end = j + 1;
			continue;
		}
		const nested = draft.nested.find(([, nestedEnd]) => nestedEnd === j + 1);
		if (nested) {
			begin = nested[0];
			j = nested[0] - 1;
			continue;
		}
		const term = terms[j]!;
		if (finite[j]) break;
		if (j < end - 1 && breakAfter(term)) break;
		// "On Monday police said": a date before the noun phrase is an opener, not part of it; "the
		// 60-day deadline" holds one as a modifier.
		// compromise reads "2,000" as a year now and then; a year has no thousands separator.
		const isDate = has(term, 'Date') && !has(term, 'Hyphenated') && !/\d,\d/.test(term.text);
		if (isDate && begin < end) {
			// "The October 4 election produced …": a date between an article and its noun is part
			// of the phrase.
			let k = j;
			while (
				k > draft.textFrom &&
				!finite[k - 1] &&
				!breakAfter(terms[k - 1]) &&
				(has(terms[k - 1]!, 'Date') || has(terms[k - 1]!, 'Value'))
			)
				k--;
			const article = terms[k - 1];
			if (k > draft.textFrom && !breakAfter(article) && /^(?:the|a|an)$/.test(article!.normal))
				begin = k - 1;
			break;
		}
		if (begin < end && extendsThroughPreposition(ctx, j)) {
			begin = j;
			j--;
			continue;
		}
		// "Russia and China", "thousands of residents", "more than 40 officers".
		const linking =
			/^(?:of|than|and|or)$/.test(term.normal) && begin < end && isNominal(terms[j - 1]);
		const demoted = begin === end && isDemotedNoun(terms, finite, j);
		// "privately owned minibuses": an adverb of the participle that modifies the noun.
		const modifiesModifier =
			has(term, 'Adverb') && /ly$/.test(term.normal) && isAdjectivalVerb(ctx, j + 1);
		if (!isNominal(term) && !linking && !isAdjectivalVerb(ctx, j) && !demoted && !modifiesModifier)
			break;
		begin = j;
		if (has(term, 'Determiner') && !/^(?:more|some|there)$/.test(term.normal)) {
			if (!extendsThroughPreposition(ctx, j - 1)) break;
		}
		j--;
	}
	// "at least 12 people": the preposition belongs to the number.
	if (
		/^(?:least|most)$/.test(terms[begin]?.normal ?? '') &&
		terms[begin - 1]?.normal === 'at' &&
		begin > draft.textFrom
	) {
		begin--;
	}
	return { from: begin, to: end };
}

/**
 * "The decision by the mayor in March to close the port for repairs angered …": the phrase right
 * before the verb is the object of an infinitive or a gerund, and the real subject ("the
 * decision …") is too long to take apart. No subject is better than a wrong one.
 */
function isObjectOfNonFiniteVerb(ctx: Context, begin: number): boolean {
	const before = ctx.terms[begin - 1];
	if (!before || ctx.finite[begin - 1] || !has(before, 'Verb')) return false;
	return has(before, 'Gerund') || ctx.terms[begin - 2]?.normal === 'to';
}

/**
 * "A group of lawmakers on Thursday unveiled …", "Police late Monday arrested …": a time phrase
 * between the subject and its verb is an aside; the subject is the noun phrase before it. Returns
 * the index to read the subject back from (`at` when there is no such phrase).
 */
function beforeTimeAdverbial(ctx: Context, at: number, from: number): number {
	const { terms, finite } = ctx;
	let j = at;
	while (j >= from && !finite[j] && (has(terms[j]!, 'Date') || has(terms[j]!, 'Value'))) j--;
	if (j === at || !has(terms[at]!, 'Date')) return at;
	if (j >= from && /^(?:on|in|during|late|early|earlier|last|this)$/.test(terms[j]!.normal)) j--;
	const noun = terms[j];
	return noun && j >= from && has(noun, 'Noun') && !has(noun, 'Date') && !breakAfter(noun) ? j : at;
}

function isParenthetical(ctx: Context, at: number): boolean {
	const term = ctx.terms[at]!;
	if (isNominal(term)) return false;
	return has(term, 'Adverb') || (has(term, 'Conjunction') && breakAfter(term));
}

/** "the injured officers", "a televised address": a verb form used as an adjective. */
function isAdjectivalVerb(ctx: Context, at: number): boolean {
	const term = ctx.terms[at]!;
	return term.tags.has('Verb') && !ctx.finite[at] && isNominal(ctx.terms[at + 1]);
}

/**
 * "a lawyer for the company", "police in the capital", "the report on the email probe": a
 * prepositional phrase after a noun.
 */
function extendsThroughPreposition(ctx: Context, at: number): boolean {
	const { terms } = ctx;
	const preposition = terms[at];
	const noun = terms[at - 1];
	if (!preposition || !noun) return false;
	// "a pathway to citizenship", "envoy to South Korea": "to" before a noun, not an infinitive.
	const toNoun =
		preposition.normal === 'to' &&
		terms[at + 1] !== undefined &&
		!has(terms[at + 1]!, 'Verb') &&
		isNominal(terms[at + 1]);
	if (
		!toNoun &&
		!/^(?:of|for|from|at|in|with|on|about|against|over|into|between|among)$/.test(
			preposition.normal
		)
	)
		return false;
	if (breakAfter(noun) || breakAfter(preposition)) return false;
	return has(noun, 'Noun') && !has(noun, 'Date') && !has(noun, 'Pronoun');
}
