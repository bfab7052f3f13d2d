import type { NumericQuestion, Grade, ResponseOf } from '../question';

import { answerTokens } from './normalize-answer';
import { SCALES } from './number-words';
import { parseNumberAnswer } from './parse-number-answer';
import { CORRECT, NOT_QUITE, UNANSWERED, invalidGrade, quote, scoredGrade } from './scored-grade';

/** Absorbs floating-point noise (0.1 + 0.2) without widening a zero tolerance in any visible way. */
const EPSILON = 1e-9;

/**
 * Values the student may mean: when the unit starts with a scale ("million people"), "2.5 million"
 * reads as 2,500,000, which is 2.5 in the question's unit.
 */
function candidates(value: number, unit: string | undefined): number[] {
	const scale = SCALES.get(unit ? (answerTokens(unit)[0] ?? '') : '');
	return scale ? [value, value / scale] : [value];
}

/**
 * Correct within `answer ± tolerance`; the unit is optional in the answer.
 *
 * @example scoreNumeric(question, { type: 'numeric', text: 'three percent' }) // correct when answer is 3
 * @example scoreNumeric(question, { type: 'numeric', text: 'lots' }) // invalid: "Type a number, like 12 or 3.5."
 */
export function scoreNumeric(question: NumericQuestion, response: ResponseOf<'numeric'>): Grade {
	const parsed = parseNumberAnswer(response.text, question.unit);
	if (parsed.kind === 'empty') return UNANSWERED;
	if (parsed.kind === 'invalid') return invalidGrade(parsed.message);

	const limit = question.tolerance + EPSILON * Math.max(1, Math.abs(question.answer));
	const matched = candidates(parsed.value, question.unit).find(
		(value) => Math.abs(value - question.answer) <= limit
	);
	if (matched === undefined) return scoredGrade(question, 0, NOT_QUITE);
	if (!/\d/.test(response.text)) {
		return scoredGrade(question, 1, `Correct — we read '${quote(response.text)}' as ${matched}.`);
	}
	if (Math.abs(matched - question.answer) > EPSILON * Math.max(1, Math.abs(question.answer))) {
		return scoredGrade(question, 1, `Correct — close enough to ${question.answer}.`);
	}
	return scoredGrade(question, 1, CORRECT);
}
