import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Assignment } from '../../teaching/sharing';
import { singleChoice, trueFalse } from '../question/test-factories';
import { ReceiptSchema } from '../../teaching/receipt';
import * as v from 'valibot';
import { buildReceipt } from './build-receipt';
import { QuestionTimes } from './question-times';
import { optionOrders, sittingQuestions } from './sitting-order';
import { ranOutOfTime, timeBanner, timeLeft, timeWarning } from './time-limit';

const questions = [
	singleChoice({ id: 'q1' }),
	trueFalse({ id: 'q2' }),
	singleChoice({ id: 'q3' }),
	trueFalse({ id: 'q4' })
];
const assignment = (settings = {}): Assignment => ({
	id: 'm-test-1',
	title: 'T',
	body: 'Some text.',
	questions,
	settings: { ...DEFAULT_SETTINGS, ...settings }
});

describe('sittingQuestions', () => {
	it('keeps the teacher’s order unless shuffling is on', () => {
		const ids = sittingQuestions(assignment(), 'Ana').map((q) => q.id);
		expect(ids).toEqual(['q1', 'q2', 'q3', 'q4']);
	});

	it('shuffles per student, the same way on every call', () => {
		const first = sittingQuestions(assignment({ shuffleQuestions: true }), 'Ana').map((q) => q.id);
		const again = sittingQuestions(assignment({ shuffleQuestions: true }), 'Ana').map((q) => q.id);
		expect(first).toEqual(again);
		expect(first).not.toEqual(['q1', 'q2', 'q3', 'q4']);
		expect([...first].sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
	});
});

describe('optionOrders', () => {
	it('gives each choice question a permutation of its options, and true/false none', () => {
		const orders = optionOrders(assignment({ shuffleOptions: true }), 'Ana');
		const q1 = questions[0];
		if (q1?.type !== 'single-choice') throw new Error('factory changed');
		expect([...(orders.q1 ?? [])].sort()).toEqual(q1.options.map((_, i) => i));
		expect(orders.q2).toBeUndefined();
	});

	it('gives none when the teacher keeps options in order', () => {
		expect(optionOrders(assignment({ shuffleOptions: false }), 'Ana')).toEqual({});
	});
});

describe('QuestionTimes', () => {
	it('sums the time of every visit to a question', () => {
		const times = new QuestionTimes();
		times.show('q1', 0);
		times.show('q2', 1000);
		times.show('q1', 4000);
		times.stop(4500);
		expect(times.totals()).toEqual({ q1: 1500, q2: 3000 });
	});
});

describe('time limit', () => {
	it('counts down to zero and no further', () => {
		expect(timeLeft(0, 10, 60_000)).toBe(540_000);
		expect(timeLeft(0, 1, 120_000)).toBe(0);
	});

	it('warns once when 5 minutes and 1 minute are left', () => {
		expect(timeWarning(300_500, 299_500)).toBe('5 minutes left.');
		expect(timeWarning(299_500, 298_500)).toBeUndefined();
		expect(timeWarning(60_200, 59_200)).toBe('1 minute left.');
	});

	it('shows a banner from 5 minutes left, and says 1 minute in the last one', () => {
		expect(timeBanner(300_001)).toBeUndefined();
		expect(timeBanner(300_000)).toMatch(/^5 minutes left or less/);
		expect(timeBanner(60_000)).toMatch(/^1 minute left or less/);
		expect(timeBanner(0)).toMatch(/^1 minute/);
	});

	it('tells a sitting that ran out of time from one submitted early', () => {
		expect(ranOutOfTime(0, 20 * 60_000, 20)).toBe(true);
		expect(ranOutOfTime(0, 20 * 60_000 - 500, 20)).toBe(true);
		expect(ranOutOfTime(0, 12 * 60_000, 20)).toBe(false);
		expect(ranOutOfTime(0, 99 * 60_000, null)).toBe(false);
	});
});

describe('buildReceipt', () => {
	it('makes a valid receipt of the module’s questions only, with unscored answers as 0', () => {
		const receipt = buildReceipt({
			assignment: assignment(),
			studentName: '  Ana Lopez ',
			attempt: 1,
			startedAt: 1000,
			finishedAt: 5000,
			responses: {
				q1: { type: 'single-choice', selected: 0 },
				stray: { type: 'true-false', selected: true }
			},
			grades: {
				q1: {
					kind: 'scored',
					score: 1,
					correct: true,
					feedback: { verdict: 'correct', message: '', correctAnswer: '' }
				},
				q2: { kind: 'unanswered' }
			},
			timesMs: { q1: 2000, q2: 500 }
		});
		expect(v.safeParse(ReceiptSchema, receipt).success).toBe(true);
		expect(receipt.studentName).toBe('Ana Lopez');
		expect(receipt.responses).toEqual({ q1: { type: 'single-choice', selected: 0 } });
		expect(receipt.scores).toEqual({ q1: 1, q2: 0 });
	});
});
