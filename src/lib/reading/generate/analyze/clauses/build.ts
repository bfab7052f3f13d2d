import type { ArticleSentence } from '../../types';
import type { Clause, Context, Draft, TermRange } from './types';
import { findSubject } from './subject';
import { verbGroupEnd } from './verbs';

/** The clause's own words: connective and trailing punctuation off, holes closed up. */
function clauseText(ctx: Context, draft: Draft): string {
	const { terms, text } = ctx;
	const pieces: string[] = [];
	let from = draft.keepConnective ? draft.from : draft.textFrom;
	const holes = [...draft.holes].sort((a, b) => a[0] - b[0]);
	for (const [holeStart, holeEnd] of [...holes, [draft.to, draft.to] as [number, number]]) {
		if (holeStart > from) {
			pieces.push(
				text.slice(terms[from]!.start, terms[holeStart - 1]!.end).replace(/[\s,;:—–]+$/, '')
			);
		}
		from = Math.max(from, holeEnd);
	}
	return balanceQuotes(
		pieces
			.join(' ')
			.replace(/^[\s,;:—–]+/, '')
			.replace(/[\s.,;:!?—–]+$/, '')
	);
}

/** A clause cut inside a quotation keeps the quote marks paired. */
function balanceQuotes(text: string): string {
	const opening = (text.match(/“/g) ?? []).length;
	const closing = (text.match(/”/g) ?? []).length;
	let result = text;
	if (opening > closing) result = `${result}”`;
	if (closing > opening) result = `“${result}`;
	if ((result.match(/"/g) ?? []).length % 2 === 1) {
		result = result.startsWith('"') ? result.slice(1) : result.replace(/"([^"]*)$/, '$1');
	}
	return result;
}

function verbOf(ctx: Context, draft: Draft): TermRange | undefined {
	if (draft.verbAt === undefined) return undefined;
	if (draft.keepConnective) return { from: draft.verbAt, to: draft.verbAt + 1 };
	return { from: draft.verbAt, to: verbGroupEnd(ctx.terms, draft.verbAt, draft.to) };
}

function subjectOf(ctx: Context, draft: Draft, seen = 0): TermRange | undefined {
	if (draft.verbAt === undefined || draft.keepConnective) return undefined;
	const own =
		draft.sharedSubjectOf === undefined ? findSubject(ctx, draft, draft.verbAt) : undefined;
	if (own || draft.sharedSubjectOf === undefined || seen > 8) return own;
	const shared = ctx.drafts[draft.sharedSubjectOf];
	return shared ? subjectOf(ctx, shared, seen + 1) : undefined;
}

/** The clauses in reading order, parents renumbered, clauses without words dropped. */
export function buildClauses(ctx: Context, sentence: ArticleSentence): Clause[] {
	const { drafts, terms } = ctx;
	const kept = drafts.map((d, index) => ({ d, index })).filter(({ d }) => d.textFrom < d.to);
	kept.sort((a, b) => a.d.from - b.d.from || a.d.textFrom - b.d.textFrom || a.index - b.index);
	const position = new Map(kept.map(({ index }, k) => [index, k]));
	const keptParent = (index: number | undefined): number | undefined => {
		let at = index;
		for (let guard = 0; at !== undefined && guard < drafts.length; guard++) {
			const found = position.get(at);
			if (found !== undefined) return found;
			at = drafts[at]!.parent;
		}
		return undefined;
	};
	return kept.map(({ d }) => {
		const clause: Clause = {
			sentence,
			start: terms[d.from]!.start,
			end: terms[d.to - 1]!.end,
			text: clauseText(ctx, d),
			firstTerm: d.from,
			lastTerm: d.to,
			kind: d.kind
		};
		const subject = subjectOf(ctx, d);
		const verb = verbOf(ctx, d);
		const parent = keptParent(d.parent);
		if (subject) clause.subject = subject;
		if (verb) clause.verb = verb;
		if (d.connective !== undefined) clause.connective = d.connective;
		if (d.speaker) clause.speaker = d.speaker;
		if (d.kind === 'reported') clause.quoted = d.quoted === true;
		if (parent !== undefined) clause.parent = parent;
		return clause;
	});
}
