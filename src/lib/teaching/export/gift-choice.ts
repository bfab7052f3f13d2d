import type { MultipleChoiceQuestion, SingleChoiceQuestion } from '../../quiz/question';
import { giftLine } from './gift-escape';

/**
 * Answer lists of GIFT's multiple-choice questions. Moodle reads `~%50%` after a tilde as a weight,
 * so a wrong option whose own text starts like one ("%40% of voters") is written with an explicit
 * `%0%` weight in front.
 */

const LOOKS_WEIGHTED = /^%-*\d/;

/**
 * Moodle only accepts grades from a fixed list; 100/n % is on it for n = 1–10 and 20 (5%). Its
 * import matches a weight to within 0.001 %, so five decimals are enough (33.33333).
 */
const MOODLE_SHARES = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20]);

const optionFeedback = (feedback: string | null | undefined): string => {
	const line = feedback ? giftLine(feedback) : '';
	return line === '' ? '' : `#${line}`;
};

/**
 * `{=right ~wrong ~wrong}` in option order, each option's feedback after it.
 *
 * @example singleChoiceAnswers(question) // '=Russia ~China#China buys the gas. ~India'
 */
export function singleChoiceAnswers(question: SingleChoiceQuestion): string {
	return question.options
		.map((option, i) => {
			const text = giftLine(option);
			const prefix = i === question.correctIndex ? '=' : LOOKS_WEIGHTED.test(text) ? '~%0%' : '~';
			return `${prefix}${text}${optionFeedback(question.optionFeedback?.[i])}`;
		})
		.join(' ');
}

/**
 * Several right options: each right one is worth 100/n % and each wrong one −100/n %, n being the
 * number of right options. Moodle adds the weights of the ticked options and keeps the total
 * between 0 and 100 %, which is exactly Lectern's (right − wrong) / n, floored at 0. A question
 * whose share is not on Moodle's list of grades (more than ten right options) cannot be written.
 *
 * @example multipleChoiceAnswers(question) // '~%50%Russia ~%-50%China ~%50%India'
 */
export function multipleChoiceAnswers(question: MultipleChoiceQuestion): string | { skip: string } {
	const correct = new Set(question.correctIndexes);
	if (!MOODLE_SHARES.has(correct.size)) {
		return { skip: `Moodle cannot split the marks between ${correct.size} right options.` };
	}
	const share = Number((100 / correct.size).toFixed(5));
	return question.options
		.map((option, i) => {
			const weight = correct.has(i) ? share : -share;
			return `~%${weight}%${giftLine(option)}${optionFeedback(question.optionFeedback?.[i])}`;
		})
		.join(' ');
}
