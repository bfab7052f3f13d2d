import type { ArticleBlock } from '../../reading/article';
import type { Question, QuestionType } from '../../quiz/question';

/** What a worksheet is printed from: a module's article, as the page segmented it, and its questions. */
export interface WorksheetSource {
	title: string;
	/** Where the article comes from, as one line (e.g. "The Example Herald, 7 January 2022"). */
	sourceLine?: string;
	blocks: readonly ArticleBlock[];
	questions: readonly Question[];
}

/** The article as printed: paragraphs keep the numbers the app shows, so "¶7" finds the same text. */
export type WorksheetBlock =
	{ kind: 'heading'; text: string } | { kind: 'paragraph'; number: number; text: string };

/** An option, item or match marked with a letter, as a pencil answer refers to it ("B"). */
export interface LetteredText {
	letter: string;
	text: string;
}

export interface NumberedText {
	number: number;
	text: string;
}

interface ItemBase {
	/** The question's number on the sheet, from 1. */
	number: number;
	questionId: string;
	type: QuestionType;
	prompt: string;
	/** What to do with a pencil, e.g. "Tick one box." */
	instruction: string;
}

/**
 * One question as it is answered on paper: boxes to tick, lines to write on, a blank in a sentence,
 * boxes for positions, or blanks for the letter of a match.
 */
export type WorksheetItem =
	| (ItemBase & { kind: 'tick'; options: LetteredText[] })
	| (ItemBase & { kind: 'write'; lines: number; unit?: string })
	| (ItemBase & { kind: 'blank'; before: string; after: string })
	| (ItemBase & { kind: 'order'; items: LetteredText[] })
	| (ItemBase & { kind: 'match'; left: NumberedText[]; right: LetteredText[] });

/** A question's answer for the teacher, with the paragraphs that support it. */
export interface KeyEntry {
	number: number;
	questionId: string;
	answer: string;
	/** What else to accept or how the answer reads in full; empty when the answer says it all. */
	detail: string;
	/** Numbers of the paragraphs holding the evidence, in article order; empty when none is given. */
	paragraphs: number[];
}

export interface Worksheet {
	title: string;
	sourceLine?: string;
	blocks: WorksheetBlock[];
	items: WorksheetItem[];
	/** The teacher's answer key; absent in a student's worksheet. */
	key?: KeyEntry[];
}
