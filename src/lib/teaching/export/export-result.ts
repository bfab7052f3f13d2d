import type { Assignment } from '../sharing';
import type { Question, QuestionType } from '../../quiz/question';

/** A question an export format cannot hold, with the reason shown to the teacher. */
export type SkippedQuestion = { id: string; type: QuestionType; reason: string };

/** The text of an export file, and the questions left out of it (never silently). */
export type ExportResult = { text: string; skipped: SkippedQuestion[] };

/** How one question turned out: its block of the file, or why it has none. */
export type BlockResult = { block: string } | { skip: string };

/** Both formats accept a whole module or any list of questions. */
export type ExportSource = Assignment | readonly Question[];

export const questionsOf = (source: ExportSource): readonly Question[] =>
	isQuestionList(source) ? source : source.questions;

// `Array.isArray` does not narrow a readonly array out of a union, hence the guard.
function isQuestionList(source: ExportSource): source is readonly Question[] {
	return Array.isArray(source);
}

/**
 * Text for a field that must stay on one line: every run of whitespace, line breaks included
 * (\r, \n, U+2028…), becomes one space.
 *
 * @example singleLine(' Two\n  lines ') // 'Two lines'
 */
export const singleLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Writes each question's block and collects the skipped ones, keeping the questions' order. */
export function collectBlocks(
	questions: readonly Question[],
	write: (question: Question) => BlockResult
): { blocks: string[]; skipped: SkippedQuestion[] } {
	const blocks: string[] = [];
	const skipped: SkippedQuestion[] = [];
	for (const question of questions) {
		const result = write(question);
		if ('block' in result) blocks.push(result.block);
		else skipped.push({ id: question.id, type: question.type, reason: result.skip });
	}
	return { blocks, skipped };
}
