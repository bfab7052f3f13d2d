import type { Question } from '../../quiz/question';
import { evidenceParagraphs, type EvidenceIndex } from './evidence-paragraphs';
import { letterFor } from './letters';
import { matchingPrintOrder, orderingPrintOrder } from './print-order';
import type { KeyEntry } from './worksheet';

/**
 * The key's line for a question numbered `number` on the sheet: the answer as a pencil gives it
 * (letters, positions, the words), and the paragraphs that hold its evidence.
 *
 * @example keyEntry(singleChoice({ correctIndex: 1 }), 1, index).answer // 'B. China'
 */
export function keyEntry(question: Question, number: number, index: EvidenceIndex): KeyEntry {
	return {
		number,
		questionId: question.id,
		...keyAnswer(question),
		paragraphs: evidenceParagraphs(question, index)
	};
}

function keyAnswer(question: Question): Pick<KeyEntry, 'answer' | 'detail'> {
	switch (question.type) {
		case 'single-choice':
			return { answer: letteredOption(question.options, question.correctIndex), detail: '' };
		case 'multiple-choice':
			return {
				answer: [...question.correctIndexes]
					.sort((a, b) => a - b)
					.map((index) => letteredOption(question.options, index))
					.join('; '),
				detail: ''
			};
		case 'true-false':
			return { answer: question.answer ? 'True' : 'False', detail: '' };
		case 'numeric':
			return {
				answer: numberWithUnit(question.answer, question.unit),
				detail: tolerance(question)
			};
		case 'short-answer':
		case 'cloze':
			return {
				answer: question.answerText,
				detail: alsoAccept(question.answerText, question.accepted)
			};
		case 'ordering': {
			const printed = orderingPrintOrder(question);
			const positions = printed.map((index, row) => `${letterFor(row)}: ${index + 1}`);
			const inOrder = question.items.map((_, index) => letterFor(printed.indexOf(index)));
			return {
				answer: positions.join(', '),
				detail: `In order: ${inOrder.join(', ')} (${question.items.join(' → ')})`
			};
		}
		case 'matching': {
			const printed = matchingPrintOrder(question);
			return {
				answer: question.pairs
					.map((_, index) => `${index + 1}: ${letterFor(printed.indexOf(index))}`)
					.join(', '),
				detail: question.pairs.map((pair) => `${pair.left} – ${pair.right}`).join('; ')
			};
		}
	}
}

const letteredOption = (options: readonly string[], index: number): string =>
	`${letterFor(index)}. ${options[index] ?? ''}`;

function numberWithUnit(value: number, unit: string | undefined): string {
	const number = value.toLocaleString('en', { maximumFractionDigits: 6 });
	if (!unit) return number;
	// "%" and other signs sit against the number; words take a space ("2,500 soldiers").
	return /^\p{L}/u.test(unit) ? `${number} ${unit}` : `${number}${unit}`;
}

function tolerance(question: Extract<Question, { type: 'numeric' }>): string {
	if (question.tolerance === 0) return '';
	const low = numberWithUnit(question.answer - question.tolerance, question.unit);
	const high = numberWithUnit(question.answer + question.tolerance, question.unit);
	return `Accept ${low} to ${high}.`;
}

/** The other accepted answers, each once, leaving out those that read the same as the answer. */
function alsoAccept(answerText: string, accepted: readonly string[]): string {
	const seen = new Set([answerText.trim().toLowerCase()]);
	const others = accepted.filter((text) => {
		const key = text.trim().toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	return others.length === 0 ? '' : `Also accept: ${others.join('; ')}.`;
}
