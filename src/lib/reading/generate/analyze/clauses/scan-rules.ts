import type { Context, Draft, Seed } from './types';
import { CONTENT_NOUNS, commaAfter, has, isNominal } from './lexicon';
import { textOf } from './reported';
import { findSubject } from './subject';
import { clauseStartsAt, verbGroupEnd, verbStartsAt } from './verbs';

/** Who said it, for content that follows the verb of `index`: its subject, or its host's. */
export function speakerOf(ctx: Context, index: number | undefined): string | undefined {
	const draft = index === undefined ? undefined : ctx.drafts[index];
	if (!draft) return undefined;
	const subject = draft.verbAt === undefined ? undefined : findSubject(ctx, draft, draft.verbAt);
	if (subject) return textOf(ctx, subject.from, subject.to);
	// "…Laura Brennan, who said…": a relative clause speaks for the noun it follows.
	const host = draft.parent === undefined ? undefined : ctx.drafts[draft.parent];
	if (draft.kind === 'relative' && host) {
		const antecedent = findSubject(ctx, { ...host, holes: [], nested: [] }, draft.from);
		if (antecedent) return textOf(ctx, antecedent.from, antecedent.to);
	}
	return speakerOf(ctx, draft.sharedSubjectOf ?? draft.parent);
}

/** Inherited by a coordinate clause from its first conjunct: "He said prices rose and wages fell". */
export function conjunctSeed(
	ctx: Context,
	of: number
): Pick<Seed, 'speaker' | 'quoted' | 'parent'> {
	const draft = ctx.drafts[of]!;
	return { speaker: draft.speaker, quoted: draft.quoted, parent: draft.parent };
}

const OPENER_WORDS =
	/^(?:during|in|on|at|under|despite|amid|following|with|without|for|by|over|within|across|throughout|however|meanwhile|instead)$/;

/** End of a short adverbial opener before a comma ("Under the deal,"), or `from` if there is none. */
export function leadingOpenerEnd(ctx: Context, from: number, to: number): number {
	const first = ctx.terms[from];
	if (!first || !OPENER_WORDS.test(first.normal)) return from;
	for (let j = from; j < Math.min(to - 1, from + 12); j++) {
		if (!commaAfter(ctx.terms[j])) continue;
		return clauseStartsAt(ctx.terms, ctx.finite, j + 1, to) ? j + 1 : from;
	}
	return from;
}

/** "searched the area and found two survivors": a second verb phrase with the same subject. */
export function sharesSubject(ctx: Context, draft: Draft, at: number, to: number): boolean {
	const verbAt = draft.verbAt;
	if (verbAt === undefined || !ctx.finite[at + 1]) return false;
	// "arrested and charged 12 people" shares the object too: one clause.
	return verbGroupEnd(ctx.terms, verbAt, to) < at;
}

/** "the law that banned protests", "people who lost their homes": no comma, right after a noun. */
export function isRestrictiveRelative(
	ctx: Context,
	at: number,
	to: number,
	afterComma: boolean
): boolean {
	const { terms, finite } = ctx;
	const term = terms[at]!;
	const previous = terms[at - 1];
	if (afterComma || !/^(?:that|who|which)$/.test(term.normal)) return false;
	if (!previous || !isNominal(previous)) return false;
	if (has(previous, 'Pronoun') && previous.normal !== 'those') return false;
	if (CONTENT_NOUNS.has(previous.normal) || has(previous, 'Determiner')) return false;
	return verbStartsAt(terms, finite, at + 1) || clauseStartsAt(terms, finite, at + 1, to);
}
