import type { Question } from '../../quiz/question';
import {
	collectBlocks,
	questionsOf,
	singleLine,
	type BlockResult,
	type ExportResult,
	type ExportSource
} from './export-result';

/** Options are lettered A–Z. */
const MAX_OPTIONS = 26;
/**
 * Moodle's reader takes a line like these for an option or the answer, and ignores lines shorter
 * than two characters; Aiken has no escape, so such a question text cannot be written.
 */
const MISREAD_AS_OPTION = /^[A-Z][).][ \t]/;
const MISREAD_AS_ANSWER = /^ANSWER:/;

const letter = (index: number): string => String.fromCharCode(65 + index);

function aikenBlock(question: Question): BlockResult {
	if (question.type !== 'single-choice' && question.type !== 'true-false') {
		return { skip: 'Aiken only holds questions with one right option.' };
	}
	const prompt = singleLine(question.prompt);
	if (prompt.length < 2 || MISREAD_AS_OPTION.test(prompt) || MISREAD_AS_ANSWER.test(prompt)) {
		return { skip: 'The question text would be read as an option or answer line.' };
	}
	const options = question.options;
	if (options.length > MAX_OPTIONS) {
		return { skip: `Aiken allows at most ${MAX_OPTIONS} options; this has ${options.length}.` };
	}
	const correct =
		question.type === 'single-choice' ? question.correctIndex : question.answer ? 0 : 1;
	const lines = options.map((option, i) => `${letter(i)}. ${singleLine(option)}`);
	return { block: [prompt, ...lines, `ANSWER: ${letter(correct)}`].join('\n') };
}

/**
 * A module's questions (or any list of questions) in the Aiken format: the question on one line,
 * one `A. option` line each, then `ANSWER: X`, questions separated by blank lines. Aiken holds only
 * single-choice and true/false questions, without feedback; the rest are left out and listed.
 * There is no header: Aiken has no comments, so any extra line would read as a question.
 *
 * @example
 * toAiken([trueFalse]).text // 'The sun rises in the east.\nA. True\nB. False\nANSWER: A\n'
 */
export function toAiken(source: ExportSource): ExportResult {
	const { blocks, skipped } = collectBlocks(questionsOf(source), aikenBlock);
	return { text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`, skipped };
}
