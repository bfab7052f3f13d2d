import type { Context } from './types';
import {
	COORDINATORS,
	GERUND_SUBORDINATORS,
	NON_CLAUSE_GERUNDS,
	RELATIVE_PRONOUNS,
	SUBORDINATORS,
	commaAfter,
	has,
	semicolonAfter
} from './lexicon';
import { attributionSpeaker } from './reported';
import { clauseStartsAt, verbGroupEnd, verbStartsAt } from './verbs';

/** A subordinator at `at` that really opens a clause, and how many words it has. */
export function subordinatorAt(
	ctx: Context,
	at: number,
	to: number
): { connective: string; length: number } | undefined {
	const { terms, finite } = ctx;
	for (const words of SUBORDINATORS) {
		if (!words.every((word, k) => terms[at + k]?.normal === word)) continue;
		const next = at + words.length;
		const connective = words.join(' ');
		if (next >= to) return undefined;
		if (words[words.length - 1] === 'to') {
			return has(terms[next], 'Verb') ? { connective, length: words.length } : undefined;
		}
		if (connective === 'as' && !asOpensClause(ctx, at)) return undefined;
		if (clauseStartsAt(terms, finite, next, to)) return { connective, length: words.length };
		if (GERUND_SUBORDINATORS.has(connective) && has(terms[next], 'Gerund')) {
			return { connective, length: words.length };
		}
		return undefined;
	}
	return undefined;
}

/** "as many as 40 people died", "such as": "as" is a comparison there, not a clause. */
function asOpensClause(ctx: Context, at: number): boolean {
	const previous = ctx.terms[at - 1];
	if (!previous || commaAfter(previous)) return true;
	if (has(previous, 'Adjective') || has(previous, 'Adverb') || has(previous, 'Value')) return false;
	return !ctx.terms
		.slice(Math.max(0, at - 3), at)
		.some((t) => t.normal === 'as' || t.normal === 'such');
}

/** A participle after a comma that opens a clause: ", blaming the dam", not ", including 12 children". */
export function participleAt(ctx: Context, at: number): boolean {
	const term = ctx.terms[at];
	return (
		term !== undefined &&
		(term.tags.has('Gerund') || (term.tags.has('Verb') && /ing$/.test(term.normal))) &&
		!NON_CLAUSE_GERUNDS.has(term.normal) &&
		commaAfter(ctx.terms[at - 1])
	);
}

/** Whether something after a comma opens a new clause, so a relative clause must stop before it. */
function opensClauseAt(ctx: Context, at: number, to: number): boolean {
	const { terms, finite } = ctx;
	const term = terms[at];
	if (!term) return false;
	if (COORDINATORS.has(term.normal)) return clauseStartsAt(terms, finite, at + 1, to);
	if (RELATIVE_PRONOUNS.has(term.normal) || term.normal === 'according') return true;
	if (participleAt(ctx, at) || subordinatorAt(ctx, at, to)) return true;
	return attributionSpeaker(ctx, at, to) !== undefined;
}

function firstFinite(ctx: Context, from: number, to: number): number | undefined {
	for (let k = from; k < to; k++) if (ctx.finite[k]) return k;
	return undefined;
}

/**
 * End of a relative clause set off by a comma. Inside the subject it ends at the comma before the
 * host's verb, so commas of its own ("in Almaty, Kazakhstan's largest city, on Sunday,") stay in it;
 * after the host's verb it ends at a comma that opens another clause, or with the sentence.
 */
export function relativeEnd(ctx: Context, at: number, to: number, hostHasVerb: boolean): number {
	const { terms, finite } = ctx;
	const verb = firstFinite(ctx, at + 1, to);
	if (verb === undefined) return to;
	for (let j = verb; j < to - 1; j++) {
		if (semicolonAfter(terms[j])) return j + 1;
		if (!commaAfter(terms[j])) continue;
		if (hostHasVerb ? opensClauseAt(ctx, j + 1, to) : verbStartsAt(terms, finite, j + 1)) {
			return j + 1;
		}
	}
	return to;
}

/** End of a restrictive relative ("the law that banned protests was repealed"): before the host's verb. */
export function restrictiveEnd(ctx: Context, at: number, to: number, hostHasVerb: boolean): number {
	const { terms, finite } = ctx;
	if (hostHasVerb) return relativeEnd(ctx, at, to, true);
	const verb = firstFinite(ctx, at + 1, to);
	if (verb === undefined) return to;
	for (let k = verbGroupEnd(terms, verb, to); k < to; k++) {
		if (verbStartsAt(terms, finite, k) && !has(terms[k - 1], 'Conjunction')) return k;
	}
	return to;
}
