import { CLOZE_BLANK, type Question } from '../../quiz/question';
import { shuffledIndexes } from '../../core/random';
import type { SpokenItem } from './spoken-item';

/** How the quiz shows a question now, so options are read in the order the student sees them. */
export interface QuestionDisplay {
	/** Display order of a choice question's options (indexes into `options`). */
	optionOrder?: readonly number[];
	/** An ordering question's items as the student has arranged them (its response's `order`). */
	itemOrder?: readonly number[];
}

/** "A" for 0 … "Z" for 25; past that, numbers ("27"). */
const letter = (position: number): string =>
	position < 26 ? String.fromCharCode(65 + position) : String(position + 1);

const optionItems = (options: readonly string[], order: readonly number[]): SpokenItem[] =>
	order.flatMap((index, position) => {
		const option = options[index];
		return option === undefined
			? []
			: [{ id: `option-${index}`, text: `Option ${letter(position)}: ${option}` }];
	});

/** `order` when it is a full arrangement of `0..length-1`, otherwise `fallback`. */
const orderOr = (order: readonly number[] | undefined, length: number, fallback: number[]) =>
	order &&
	order.length === length &&
	new Set(order).size === length &&
	order.every((i) => i < length)
		? order
		: fallback;

/**
 * What "Listen" reads for a quiz question: its prompt and the same instructions the page shows,
 * then its options, items or pairs in the order on screen. Items are never read in stored order:
 * an ordering question stores its items in the right order, so that would give the answer away.
 *
 * @example questionScript(singleChoice, { optionOrder: [1, 0] })
 * // [{ id: 'prompt', text: 'Who…?' }, { id: 'option-1', text: 'Option A: Russia' }, …]
 */
export function questionScript(question: Question, display: QuestionDisplay = {}): SpokenItem[] {
	const prompt: SpokenItem = { id: 'prompt', text: question.prompt };
	const hint = (text: string): SpokenItem => ({ id: 'hint', text });
	switch (question.type) {
		case 'single-choice': {
			const identity = question.options.map((_, i) => i);
			const order = orderOr(display.optionOrder, question.options.length, identity);
			return [prompt, ...optionItems(question.options, order)];
		}
		case 'multiple-choice': {
			const identity = question.options.map((_, i) => i);
			const order = orderOr(display.optionOrder, question.options.length, identity);
			return [
				prompt,
				hint('Choose every answer that applies.'),
				...optionItems(question.options, order)
			];
		}
		case 'true-false':
			return [
				prompt,
				hint('Is this statement true or false, according to the article?'),
				...optionItems(['True', 'False'], [0, 1])
			];
		case 'numeric':
			return [
				prompt,
				hint(`Type a number${question.unit ? `; the unit, ${question.unit}, is optional` : ''}.`)
			];
		case 'short-answer':
			return [prompt, hint('Type your answer in a word or a few words.')];
		case 'cloze':
			return [
				hint('Fill in the missing word or words.'),
				{ id: 'prompt', text: question.prompt.replace(CLOZE_BLANK, ' blank ').replace(/\s+/g, ' ') }
			];
		case 'ordering': {
			const shuffled = shuffledIndexes(question.items.length, question.id);
			const order = orderOr(display.itemOrder, question.items.length, shuffled);
			return [
				prompt,
				hint('Put these in order, first at the top.'),
				...order.map((index, position) => ({
					id: `item-${index}`,
					text: `Item ${position + 1}: ${question.items[index]}`
				}))
			];
		}
		case 'matching': {
			// The same fixed shuffle as the quiz's lists of choices.
			const choices = shuffledIndexes(question.pairs.length, `${question.id}-right`);
			return [
				prompt,
				hint('For each item on the left, choose its match.'),
				...question.pairs.map((pair, row) => ({
					id: `item-${row}`,
					text: `Item ${row + 1}: ${pair.left}`
				})),
				{
					id: 'choices',
					text: `The choices are: ${choices.map((index) => question.pairs[index]?.right).join('; ')}.`
				}
			];
		}
	}
}
