import type { ArticleBlock } from '../article/segment';
import type { Question, Skill } from '../question/schema';

/** One word as compromise tagged it, with its position in the sentence text. */
export interface Term {
	text: string;
	/** Punctuation and spaces after the word, e.g. ", " or "” ". */
	post: string;
	pre: string;
	normal: string;
	tags: ReadonlySet<string>;
	/** Character offsets of `text` in the sentence, end exclusive. */
	start: number;
	end: number;
}

export interface ArticleSentence {
	id: string;
	/** Verbatim, as `segmentBody` gives it: the only text evidence may quote. */
	text: string;
	paragraph: number;
	/** Index among all sentences of the article, counted from 0. */
	position: number;
	terms: readonly Term[];
	/** Rhetorical or quoted questions are never used as evidence. */
	isQuestion: boolean;
}

/** `name`: a proper name compromise could not place ("Kawann Short", "Astra 2A"): good for a gap only. */
export type EntityKind = 'person' | 'country' | 'place' | 'organization' | 'name';

/** A span of a sentence: character offsets into `sentence.text` and the term range. */
export interface Span {
	sentence: ArticleSentence;
	start: number;
	end: number;
	firstTerm: number;
	/** Exclusive. */
	lastTerm: number;
	text: string;
}

export interface Mention extends Span {
	kind: EntityKind;
	/** Key of the entity this mention names (see `Entity.key`). */
	key: string;
	/** A role written right before a person's name: "Russian President" in "Russian President Vladimir Putin". */
	title?: string;
}

export interface Entity {
	/** Lowercased surname for people, lowercased canonical name otherwise. */
	key: string;
	kind: EntityKind;
	/** The fullest form the article uses, without titles: "Kassym-Jomart Tokayev". */
	name: string;
	/** Every form the article uses, titles removed ("Tokayev", "Kassym-Jomart Tokayev"). */
	aliases: string[];
	mentions: Mention[];
	/** Roles the article gives a person: "President", "Russian President". */
	roles: string[];
}

export interface NumberMention extends Span {
	value: number;
	isPercent: boolean;
	isMoney: boolean;
	/** The counted thing right after the number: "soldiers", "armed criminals"; "" if none. */
	unit: string;
	/** "approximately", "nearly"… before the number. */
	approximate: boolean;
}

export interface DateMention extends Span {
	/** Sortable: year * 10000 + month * 100 + day (0 when unknown). */
	sortKey: number;
	precision: 'year' | 'month' | 'day' | 'weekday';
}

export interface Article {
	blocks: readonly ArticleBlock[];
	sentences: readonly ArticleSentence[];
	words: number;
	entities: readonly Entity[];
	mentions: readonly Mention[];
	numbers: readonly NumberMention[];
	dates: readonly DateMention[];
	/** Abbreviation → its expansion as written: "LPG" → "liquefied petroleum gas". */
	abbreviations: ReadonlyMap<string, string>;
	/** What the article is mostly about: its most mentioned country, place or organization. */
	topic: Entity | undefined;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A question before its id is derived from its content. */
export type QuestionDraft = DistributiveOmit<Question, 'id' | 'origin'>;

/** A question with what ranking and de-duplication need to know about it. */
export interface Candidate {
	draft: QuestionDraft;
	/** Higher is more important: facts the article leads with, numbers, causes, places. */
	score: number;
	/** Two candidates with the same fact key and type test the same fact the same way. */
	factKey: string;
	/** Versions of one question (a gap and the same gap as a choice): at most one is kept. */
	group?: string;
}

export type { Skill };
