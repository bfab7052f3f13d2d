import { CLOZE_BLANK, type Question } from '../../quiz/question';
import { letterFor } from './letters';
import { matchingPrintOrder, orderingPrintOrder } from './print-order';
import type { LetteredText, WorksheetItem } from './worksheet';

/** Room for a sentence or two in handwriting; a number needs one line. */
const SHORT_ANSWER_LINES = 2;

const lettered = (texts: readonly string[]): LetteredText[] =>
	texts.map((text, index) => ({ letter: letterFor(index), text }));

/**
 * A question as a pencil answers it, numbered `number` on the sheet. Every question type has its
 * own form; the switch is exhaustive, so a new type cannot be printed by accident as another.
 *
 * @example printableItem(trueFalseQuestion, 3).kind // 'tick'
 */
export function printableItem(question: Question, number: number): WorksheetItem {
	const base = { number, questionId: question.id, prompt: question.prompt };
	switch (question.type) {
		case 'single-choice':
			return {
				...base,
				type: question.type,
				kind: 'tick',
				instruction: 'Tick one box.',
				options: lettered(question.options)
			};
		case 'multiple-choice':
			return {
				...base,
				type: question.type,
				kind: 'tick',
				instruction: 'Tick every box that applies.',
				options: lettered(question.options)
			};
		case 'true-false':
			return {
				...base,
				type: question.type,
				kind: 'tick',
				instruction: 'Is this statement true or false, according to the article? Tick one box.',
				options: lettered(question.options)
			};
		case 'numeric':
			return {
				...base,
				type: question.type,
				kind: 'write',
				instruction: 'Write the number on the line.',
				lines: 1,
				...(question.unit ? { unit: question.unit } : {})
			};
		case 'short-answer':
			return {
				...base,
				type: question.type,
				kind: 'write',
				instruction: 'Write your answer on the lines.',
				lines: SHORT_ANSWER_LINES
			};
		case 'cloze': {
			const [before = '', after = ''] = question.prompt.split(CLOZE_BLANK);
			return {
				...base,
				type: question.type,
				kind: 'blank',
				instruction: 'Write the missing word or words on the line.',
				before,
				after
			};
		}
		case 'ordering':
			return {
				...base,
				type: question.type,
				kind: 'order',
				instruction: `Put these in order: write 1 to ${question.items.length} in the boxes, 1 for the first.`,
				items: lettered(orderingPrintOrder(question).map((index) => question.items[index] ?? ''))
			};
		case 'matching':
			return {
				...base,
				type: question.type,
				kind: 'match',
				instruction: 'Write the letter of its match on the line beside each number.',
				left: question.pairs.map((pair, index) => ({ number: index + 1, text: pair.left })),
				right: lettered(
					matchingPrintOrder(question).map((index) => question.pairs[index]?.right ?? '')
				)
			};
	}
}
