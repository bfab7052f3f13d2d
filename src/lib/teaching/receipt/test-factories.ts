import type { Receipt } from './schema';

/** A small valid receipt; override what a test is about. */
export function makeReceipt(over: Partial<Receipt> = {}): Receipt {
	return {
		version: 1,
		assignmentId: 'gas-pipeline',
		studentName: 'Ana López',
		attempt: 1,
		startedAt: 1_700_000_000_000,
		finishedAt: 1_700_000_600_000,
		responses: {
			single: { type: 'single-choice', selected: 0 },
			multiple: { type: 'multiple-choice', selected: [0, 2] },
			'true-false': { type: 'true-false', selected: null },
			numeric: { type: 'numeric', text: '2019' },
			short: { type: 'short-answer', text: 'Rusia' },
			cloze: { type: 'cloze', text: 'Russia' },
			ordering: { type: 'ordering', order: [0, 2, 1] },
			matching: { type: 'matching', matches: [0, null, 2] }
		},
		scores: { single: 1, multiple: 0.67, numeric: 1, short: 1, cloze: 1, ordering: 0.33 },
		timesMs: { single: 12_000, multiple: 30_500, numeric: 8_000, 'true-false': 0 },
		...over
	};
}
