import type { ArticleBlock } from '../article';
import type { Question } from '../../quiz/question';

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
interface Span {
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
	/** A role written between commas after a person's name: "the department's inspector general". */
	appositive?: string;
}

export interface Entity {
	/**
	 * Lowercased surname for people (the full name when two people share the surname), lowercased
	 * canonical name otherwise. Every mention of the entity carries the same key and kind.
	 */
	key: string;
	kind: EntityKind;
	/**
	 * Without titles: for people the shortest full form ("James Comey", not "James B. Comey"), for
	 * everything else the fullest form the article uses ("U.S. Supreme Court").
	 */
	name: string;
	/** Every form the article uses, titles removed ("Tokayev", "Kassym-Jomart Tokayev"). */
	aliases: string[];
	mentions: Mention[];
	/** Roles the article gives a person, as written: "Russian President", "the department's inspector general". */
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
	/** The headline as read ('' when the text has none): a reader sees it above the story. */
	title: string;
	/** What the article is mostly about: its most mentioned country, place or organization. */
	topic: Entity | undefined;
	/**
	 * Stems (`nounStem`) of the words of the title and the lead: "the report" is clear in a
	 * question when the article opens on one, and names nothing when it does not.
	 */
	introducedNouns: ReadonlySet<string>;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A wrong option of a choice question, with why it is wrong when the article says. */
export interface WrongOption {
	text: string;
	/** Shown when a student picks this option: why it is wrong, from the article. */
	feedback?: string;
	/** The article sentence a true statement offered as a wrong option is taken from. */
	sentenceId?: string;
}

/**
 * A question before its id is derived from its content. A single choice keeps every wrong option it
 * was built from, shown or not, with the sentence each one quotes: those it does not show stand in
 * for one that gives away another question of the quiz (`facts/option-leaks.ts`). The question's
 * schema drops them.
 */
export type QuestionDraft = DistributiveOmit<Question, 'id' | 'origin'> & {
	wrongOptions?: readonly WrongOption[];
};

/** What a fact is about; its kind sets part of its importance (see `facts/importance.ts`). */
export type FactKind =
	| 'main-idea'
	| 'cause'
	| 'effect'
	| 'border'
	| 'reaction'
	| 'number'
	| 'event'
	| 'person'
	| 'sequence'
	| 'place'
	| 'quote'
	| 'role'
	| 'date'
	| 'organization'
	| 'definition'
	| 'vocabulary'
	| 'trivia';

/** A question with what ranking and de-duplication need to know about it. */
export interface Candidate {
	draft: QuestionDraft;
	/**
	 * How well the question's form reads, on a scale where 8 is a well-formed question: a
	 * wh-question or a cause question with fitting options 8–10, a gap in a long sentence or a
	 * true/false 4–6. The fact's importance (`facts/importance.ts`) is multiplied by score / 8.
	 */
	score: number;
	/** One fact: every question with this key asks the same thing; at most one is kept. */
	factKey: string;
	/** Versions of one question (a gap and the same gap as a choice): at most one is kept. */
	group?: string;
	kind?: FactKind;
	/** The fact's answer as the article words it, when `answerText` says more (options, units). */
	answer?: string;
	/**
	 * Of a number: whether it measures what teachers keep (a share, money, people) rather than
	 * something counted in passing (`facts/number-measure.ts`).
	 */
	measures?: boolean;
}
