import type { ArticleSentence, Term } from '../../types';

export type ClauseKind = 'main' | 'coordinate' | 'relative' | 'reported' | 'subordinate';

/** A term range [from, to), end exclusive. */
export interface TermRange {
	from: number;
	to: number;
}

export interface Clause {
	sentence: ArticleSentence;
	/**
	 * Character offsets into sentence.text, end exclusive; text = sentence.text.slice(start, end)
	 * trimmed of leading connective and trailing punctuation, and without any clause set between
	 * commas inside it (then start/end span the gap).
	 */
	start: number;
	end: number;
	text: string;
	/** Term range [firstTerm, lastTerm) of the clause in sentence.terms, connective included. */
	firstTerm: number;
	lastTerm: number;
	kind: ClauseKind;
	/**
	 * Subject noun phrase and finite verb group, as term ranges, when found. A verb phrase joined to
	 * another with a shared subject ("…and charged them") points at that subject, outside its range.
	 */
	subject?: TermRange;
	verb?: TermRange;
	/** Lowercased words that introduced the clause ("and", "which", "so that", "blaming"); undefined for a main clause. */
	connective?: string;
	/** For reported speech: the speaker phrase as written, and whether the clause is a direct quote. */
	speaker?: string;
	quoted?: boolean;
	/** Index of the clause this one depends on, within the same sentence's list. */
	parent?: number;
}

/** A clause while the sentence is being cut: term ranges only, text comes last. */
export interface Draft {
	from: number;
	/** First term of the clause's own words, after its connective. */
	textFrom: number;
	to: number;
	/** Clauses set between commas inside this one: left out of its text. */
	holes: [number, number][];
	/** Restrictive relative clauses inside this one: kept in its text, skipped when finding its verb. */
	nested: [number, number][];
	kind: ClauseKind;
	connective?: string;
	/** A participle is both the connective and the verb: ", blaming the dam". */
	keepConnective?: boolean;
	speaker?: string;
	quoted?: boolean;
	parent?: number;
	/** A verb phrase that shares the subject of this draft: "searched the area and found…". */
	sharedSubjectOf?: number;
	verbAt?: number;
}

/** What every rule needs about the sentence being cut, computed once. */
export interface Context {
	text: string;
	terms: readonly Term[];
	finite: readonly boolean[];
	drafts: Draft[];
}

/** How the clause starting a range is introduced and where it attaches. */
export interface Seed {
	kind: ClauseKind;
	textFrom: number;
	connective?: string;
	keepConnective?: boolean;
	speaker?: string;
	quoted?: boolean;
	parent?: number;
	/** Set once an attribution has been taken off, so the content is not searched for another. */
	attributed?: boolean;
}
