import { DEFAULT_SETTINGS, type Assignment } from '../sharing/assignment';
import * as make from '../../quiz/question/test-factories';
import type { Question } from '../../quiz/question/schema';
import { makeReceipt } from '../receipt/test-factories';
import type { Receipt } from '../receipt';
import type { ImportedReceipt } from './types';

/** The module the receipt factory's receipts belong to ("gas-pipeline"), with pass mark 60. */
export const makeAssignment = (questions: Question[] = defaultQuestions()): Assignment => ({
	id: 'gas-pipeline',
	title: 'Gas pipeline',
	body: 'Russia will send gas to China.',
	questions,
	settings: { ...DEFAULT_SETTINGS, passMark: 60 }
});

/** Single-choice "single" (Russia), true/false "tf" (True), short answer "short" (Russia). */
const defaultQuestions = (): Question[] => [
	make.singleChoice({ prompt: 'Where does the gas come from?' }),
	make.trueFalse({ id: 'tf', prompt: 'The deal was signed.' }),
	make.shortAnswer({ prompt: 'Which country sells the gas?' })
];

let counter = 0;

/** A receipt for the default questions, as imported, with its own checksum unless given one. */
export function imported(
	over: Partial<Receipt> = {},
	checksum = `sum-${++counter}`
): ImportedReceipt {
	return {
		receipt: makeReceipt({
			responses: {
				single: { type: 'single-choice', selected: 0 },
				tf: { type: 'true-false', selected: true },
				short: { type: 'short-answer', text: 'Russia' }
			},
			scores: { single: 1, tf: 1, short: 1 },
			timesMs: { single: 10_000, tf: 4_000, short: 6_000 },
			...over
		}),
		checksum
	};
}
