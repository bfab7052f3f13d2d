import type { ArticleSentence } from '../../types';
import { buildClauses } from './build';
import { quoteSpans, splitQuotes } from './quotes';
import { splitRange } from './scan';
import type { Clause, Context } from './types';
import { finiteFlagsOf } from './verbs';

export type { Clause } from './types';

/**
 * Cuts a sentence into clauses so a question can be built from one of them instead of a run-on
 * ("How many people were arrested and more than 40 officers were injured?"). Reads only the terms
 * compromise already tagged: no further parsing, linear in the sentence's length, never throws.
 *
 * Clauses come in reading order; `parent` ties a relative, subordinate or reported clause to its
 * host. Content attributed with "according to" has no separate host, so it is the one 'reported'
 * clause without a parent.
 *
 * @example
 * splitClauses(sentence('The summit, which was planned for June 12, was cancelled, officials said.'))
 * // → [ { kind: 'reported', text: 'The summit was cancelled', speaker: 'officials', parent: 2 },
 * //     { kind: 'relative', text: 'was planned for June 12', connective: 'which', parent: 0 },
 * //     { kind: 'main', text: 'officials said' } ]
 */
export function splitClauses(sentence: ArticleSentence): Clause[] {
	// Every question form asks for the same sentence's clauses: cut each sentence once.
	const known = cut.get(sentence);
	if (known) return known;
	const clauses = cutClauses(sentence);
	cut.set(sentence, clauses);
	return clauses;
}

const cut = new WeakMap<ArticleSentence, Clause[]>();

function cutClauses(sentence: ArticleSentence): Clause[] {
	const { terms, text } = sentence;
	const whole: Clause = {
		sentence,
		start: 0,
		end: text.length,
		text: text.trim().replace(/[\s.,;:!?]+$/, ''),
		firstTerm: 0,
		lastTerm: terms.length,
		kind: 'main'
	};
	if (terms.length === 0) return [whole];
	try {
		const ctx: Context = { text, terms, finite: finiteFlagsOf(terms), drafts: [] };
		if (!splitQuotes(ctx)) splitRange(ctx, 0, terms.length, { kind: 'main', textFrom: 0 });
		const clauses = buildClauses(ctx, sentence);
		return clauses.length > 0 ? markQuoted(clauses, text) : [whole];
	} catch {
		// A rule that trips over an odd sentence must not cost the article its questions.
		return [whole];
	}
}

/**
 * A clause that lies inside a quotation is the speaker's words, even when the quotation's frame
 * was too long to read ("…,” Aitan Goelman said in a statement emailed to VOA"): "Pete has
 * complied" is a lawyer's claim, not a fact the article states.
 */
function markQuoted(clauses: Clause[], text: string): Clause[] {
	// Closed quotations long enough to hold a clause; a scare-quoted word holds none.
	const spans = quoteSpans(text).filter(([from, to]) => to < text.length && to - from >= 12);
	if (spans.length === 0) return clauses;
	// Where its subject stands says whose words a clause is: the quotation's frame may be left on it.
	const inside = (clause: Clause) => {
		const at = clause.subject ? clause.sentence.terms[clause.subject.from]!.start : clause.start;
		return spans.some(([from, to]) => at >= from && at < to && clause.start >= from - 1);
	};
	return clauses.map((clause) =>
		clause.quoted || !inside(clause) ? clause : { ...clause, quoted: true }
	);
}
