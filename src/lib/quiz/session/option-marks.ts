import type { Feedback, Grade, Question } from '../question';

import type { AttemptGrade } from '../../progress/record';
import { CORRECT, NOT_QUITE } from '../grade';

/** How a checked choice option is marked: in words and a symbol, never by colour alone. */
export type OptionMark = { tone: 'right' | 'wrong'; symbol: '✓' | '✗'; words: string } | undefined;

/** The indexes of a choice question's right options; empty for other types. */
export function rightOptions(question: Question): number[] {
	if (question.type === 'single-choice') return [question.correctIndex];
	if (question.type === 'true-false') return [question.answer ? 0 : 1];
	if (question.type === 'multiple-choice') return [...question.correctIndexes];
	return [];
}

/**
 * The mark of one option once the answer is checked: the student's right choice, their wrong
 * choice, or the right option they missed. Other options stay unmarked.
 *
 * @example optionMark(true, true) // { tone: 'right', symbol: '✓', words: 'Your answer, right' }
 */
export function optionMark(isRight: boolean, chosen: boolean): OptionMark {
	if (isRight && chosen) return { tone: 'right', symbol: '✓', words: 'Your answer, right' };
	if (isRight) return { tone: 'right', symbol: '✓', words: 'Right answer' };
	if (chosen) return { tone: 'wrong', symbol: '✗', words: 'Your answer, not right' };
	return undefined;
}

/** One vocabulary wherever an answer is judged: in the quiz, the review and the results. */
const VERDICT: Record<Feedback['verdict'], string> = {
	correct: 'Right',
	'partly-correct': 'Partly right',
	incorrect: 'Not right'
};

/** One verdict line: "Right", "Partly right" or "Not right". */
export const verdictWords = (feedback: Feedback): string => VERDICT[feedback.verdict];

/** The grader's message when it says more than the verdict ("Not quite." says nothing more). */
export function messageBeyondVerdict(feedback: Feedback): string | undefined {
	return feedback.message === CORRECT || feedback.message === NOT_QUITE
		? undefined
		: feedback.message;
}

/**
 * Whether the explanation already quotes every evidence sentence ("The article says: “…”"), so
 * the quote is not shown a second time.
 */
export function explanationQuotesEvidence(
	feedback: Feedback,
	evidence: readonly string[]
): boolean {
	const explanation = feedback.explanation ?? '';
	return evidence.length > 0 && evidence.every((sentence) => explanation.includes(sentence));
}

/**
 * The symbol beside a graded answer wherever answers are listed: ✓ right, ◐ partly right,
 * ✗ not right or not markable, – not answered. Always with words beside it, never alone.
 */
export function gradeSymbol(grade: Grade | AttemptGrade | undefined): '✓' | '◐' | '✗' | '–' {
	if (!grade || grade.kind === 'unanswered') return '–';
	if (grade.kind === 'invalid') return '✗';
	if (grade.correct) return '✓';
	return grade.score > 0 ? '◐' : '✗';
}
