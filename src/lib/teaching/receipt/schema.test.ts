import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../core/validation/describe-issues';
import { ReceiptSchema } from './schema';
import { makeReceipt } from './test-factories';

const problems = (value: unknown) => {
	const parsed = v.safeParse(ReceiptSchema, value, { abortPipeEarly: true });
	return parsed.success ? [] : describeIssues(parsed.issues);
};

describe('the receipt schema', () => {
	it('accepts a receipt with a response of every type', () => {
		expect(problems(makeReceipt())).toEqual([]);
	});

	it('trims the student name', () => {
		expect(v.parse(ReceiptSchema, makeReceipt({ studentName: '  Ana López ' })).studentName).toBe(
			'Ana López'
		);
	});

	it.each([
		[{ studentName: '   ' }, 'studentName: must not be empty (got "")'],
		[{ studentName: 'x'.repeat(81) }, 'studentName: must be at most 80 characters'],
		[{ attempt: 0 }, 'attempt: '],
		[{ attempt: 1.5 }, 'attempt: must be a whole number (got 1.5)'],
		[{ finishedAt: 1_699_999_999_999 }, 'finishedAt: must not be before startedAt'],
		[{ startedAt: -1, finishedAt: 0 }, 'startedAt: must be a time between 1970 and 2100 (got -1)'],
		[{ scores: { single: 1.5 } }, 'scores.single: '],
		[{ timesMs: { single: -1 } }, 'timesMs.single: '],
		[
			{ responses: { 'Bad Id': { type: 'cloze', text: 'x' } } },
			'responses.Bad Id: must be a question id'
		],
		[{ responses: { single: { type: 'essay' } } }, 'responses.single.type: '],
		[{ assignmentId: 'x' }, 'assignmentId: must be 4–64 lowercase letters, digits and -'],
		[{ version: 2 }, 'version: must be 1 (got 2)']
	])('refuses %j', (change, message) => {
		expect(problems({ ...makeReceipt(), ...change })).toEqual([expect.stringContaining(message)]);
	});

	it.each([
		['the largest safe integer', Number.MAX_SAFE_INTEGER, 'must be a time between 1970 and 2100'],
		['a time after 2100', Date.parse('2100-01-01T00:00:00.001Z'), 'must be a time between'],
		[
			'an infinite time, as "1e999" in JSON reads',
			Number.POSITIVE_INFINITY,
			'must be a whole number of milliseconds (got Infinity)'
		]
	])('refuses a finishing time of %s, which no date can show', (_case, finishedAt, message) => {
		expect(problems(makeReceipt({ finishedAt }))).toEqual([
			expect.stringContaining(`finishedAt: ${message}`)
		]);
	});

	it.each([
		['an infinite attempt number', { attempt: Number.POSITIVE_INFINITY }],
		['a huge attempt number', { attempt: 1e15 }],
		['a time per question of more than a year', { timesMs: { single: 1e15 } }],
		['an infinite time per question', { timesMs: { single: Number.POSITIVE_INFINITY } }]
	])('refuses %s', (_case, change) => {
		expect(problems(makeReceipt(change))).toHaveLength(1);
	});

	it('refuses an answer that places an ordering item twice', () => {
		const responses = { ordering: { type: 'ordering', order: [0, 0, 1] } };
		expect(problems({ ...makeReceipt(), responses })).toEqual([
			expect.stringMatching(/^responses\.ordering\.order: /)
		]);
	});
});
