import { CLOZE_BLANK, type ClozeQuestion, type Question } from '../../quiz/question';
import type { BlockResult } from './export-result';
import { multipleChoiceAnswers, singleChoiceAnswers } from './gift-choice';
import { escapeProse, giftLine, giftProse, guardFormatTag } from './gift-escape';

/**
 * One question as one GIFT block on a single line: `::id:: question text {answers}`. The id is the
 * name, so a question found in Moodle can be traced back to the module.
 */

/** Moodle's matching question needs three answers (its edit form refuses fewer). */
const MIN_MATCHING_PAIRS = 3;

/** The explanation as GIFT's general feedback (`####`), shown whatever the student answered. */
const generalFeedback = (question: Question): string => {
	const line = question.explanation ? giftLine(question.explanation) : '';
	return line === '' ? '' : ` ####${line}`;
};

/** Short-answer texts: `*` is Moodle's wildcard there, `\*` a literal asterisk. */
const textAnswers = (accepted: readonly string[]): string =>
	accepted
		.map((answer) => {
			const text = giftLine(answer).replace(/\*/g, '\\*');
			return /^%-*\d/.test(text) ? `=%100%${text}` : `=${text}`;
		})
		.join(' ');

/**
 * Writes one question, or says why GIFT cannot hold it.
 *
 * @example giftBlock(trueFalse) // { block: '::tf:: The sun rises in the east. {T}' }
 */
export function giftBlock(question: Question): BlockResult {
	const name = `::${giftLine(question.id)}::`;
	const block = (answers: string, prompt = question.prompt) => ({
		block: `${name} ${giftProse(prompt)} {${answers}${generalFeedback(question)}}`
	});
	switch (question.type) {
		case 'single-choice':
			return block(singleChoiceAnswers(question));
		case 'multiple-choice': {
			const answers = multipleChoiceAnswers(question);
			return typeof answers === 'string' ? block(answers) : answers;
		}
		case 'true-false':
			return block(question.answer ? 'T' : 'F');
		case 'numeric': {
			// GIFT numerical questions have no units: the unit Lectern shows by the box joins the text.
			if (!Number.isFinite(question.answer)) return { skip: 'The answer is not a finite number.' };
			const unit = question.unit?.trim();
			const tolerance = question.tolerance > 0 ? `:${question.tolerance}` : '';
			return block(
				`#${question.answer}${tolerance}`,
				unit ? `${question.prompt} (in ${unit})` : question.prompt
			);
		}
		case 'short-answer':
			return block(textAnswers(question.accepted));
		case 'cloze':
			return clozeBlock(name, question, generalFeedback(question));
		case 'matching': {
			if (question.pairs.length < MIN_MATCHING_PAIRS) {
				return {
					skip: `Moodle needs at least ${MIN_MATCHING_PAIRS} pairs to match; this has ${question.pairs.length}.`
				};
			}
			// "->" separates the two sides and cannot be escaped; the first "->" of a pair is the split.
			if (question.pairs.some((pair) => pair.left.includes('->'))) {
				return { skip: 'An item to match contains "->", which GIFT cannot escape.' };
			}
			return block(
				question.pairs.map((p) => `=${giftLine(p.left)} -> ${giftLine(p.right)}`).join(' ')
			);
		}
		case 'ordering':
			return { skip: 'GIFT has no ordering question type.' };
	}
}

/**
 * GIFT's missing-word form: the answers stand where the gap is and Moodle draws the blank there.
 * Moodle only draws it when text follows the answers, so a gap at the very end keeps the written
 * blank and puts the answers after it.
 */
function clozeBlock(name: string, question: ClozeQuestion, feedback: string): BlockResult {
	const answers = `{${textAnswers(question.accepted)}${feedback}}`;
	const [before = '', after = ''] = question.prompt.trim().split(CLOZE_BLANK);
	if (after.trim() === '') return { block: `${name} ${giftProse(question.prompt)} ${answers}` };
	return { block: `${name} ${guardFormatTag(escapeProse(before))}${answers}${escapeProse(after)}` };
}
