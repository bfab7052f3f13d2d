import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { matching, multipleChoice, numeric, ordering, singleChoice } from './test-factories';
import { describeIssues } from '../../core/validation/describe-issues';
import { QuestionSchema } from './schema';

const problems = (candidate: unknown): string[] => {
	const parsed = v.safeParse(QuestionSchema, candidate, { abortPipeEarly: true });
	return parsed.success ? [] : describeIssues(parsed.issues);
};

describe('the question schema refuses numbers no quiz can use', () => {
	it.each([
		['an infinite answer, as "1e999" in JSON reads', { answer: Number.POSITIVE_INFINITY }],
		['a negative infinite answer', { answer: Number.NEGATIVE_INFINITY }],
		['an answer beyond a million billion', { answer: 1e16 }],
		['an infinite tolerance', { tolerance: Number.POSITIVE_INFINITY }],
		['a tolerance beyond a million billion', { tolerance: 1e16 }]
	])('refuses %s', (_case, change) => {
		expect(problems(numeric(change))).toEqual([expect.stringMatching(/^(answer|tolerance): /)]);
	});

	it('names an infinite answer as such, not as null', () => {
		expect(problems(numeric({ answer: Number.POSITIVE_INFINITY }))).toEqual([
			'answer: must be a finite number (got Infinity)'
		]);
	});

	it('still accepts a large real answer and a fractional tolerance', () => {
		expect(problems(numeric({ answer: 8_000_000_000, tolerance: 0.5 }))).toEqual([]);
		expect(problems(numeric({ answer: -273.15 }))).toEqual([]);
	});

	it('refuses an option index that is not a small whole number', () => {
		expect(problems(multipleChoice({ correctIndexes: [0, 1e300] }))).not.toEqual([]);
		expect(problems(singleChoice({ correctIndex: Number.POSITIVE_INFINITY }))).not.toEqual([]);
	});

	it('refuses the same option marked correct twice', () => {
		expect(problems(multipleChoice({ correctIndexes: [0, 2, 0] }))).toEqual([
			'correctIndexes: lists the same option twice (got 0)'
		]);
	});
});

describe('the question schema refuses repeats a page keys its rows by', () => {
	it('refuses two matching pairs with the same left side, naming it', () => {
		const pairs = [
			{ left: 'Russia', right: 'Moscow' },
			{ left: 'China', right: 'Beijing' },
			{ left: 'Russia', right: 'Saint Petersburg' }
		];
		expect(problems(matching({ pairs }))).toEqual([
			'pairs: two pairs have the same left side "Russia"'
		]);
	});

	it('counts left sides that differ only in case or spacing as the same', () => {
		const pairs = [
			{ left: 'Russia', right: 'Moscow' },
			{ left: ' russia ', right: 'Beijing' }
		];
		expect(problems(matching({ pairs }))).toEqual([
			'pairs: two pairs have the same left side "russia"'
		]);
	});

	it('refuses two matching pairs with the same right side, naming it', () => {
		const pairs = [
			{ left: 'Russia', right: 'Moscow' },
			{ left: 'Soviet Union', right: 'Moscow' }
		];
		expect(problems(matching({ pairs }))).toEqual([
			'pairs: two pairs have the same right side "Moscow"'
		]);
	});

	it('refuses an ordering question with an item listed twice', () => {
		expect(problems(ordering({ items: ['Talks began', 'A deal', 'Talks began'] }))).toEqual([
			'items: two items are the same: "Talks began"'
		]);
	});

	it('refuses the same evidence sentence quoted twice', () => {
		const evidence = ['Gas flows from Russia.', 'Gas flows from Russia.'];
		expect(problems(ordering({ evidence }))).toEqual([
			'evidence: quotes the same sentence twice: "Gas flows from Russia."'
		]);
	});

	it('refuses the same sentence id named twice', () => {
		expect(problems(singleChoice({ sentenceIds: ['p1s1', 'p2s1', 'p1s1'] }))).toEqual([
			'sentenceIds: names sentence "p1s1" twice'
		]);
	});

	it('accepts questions without repeats', () => {
		expect(problems(matching())).toEqual([]);
		expect(problems(ordering())).toEqual([]);
		expect(problems(singleChoice({ sentenceIds: ['p1s1', 'p1s2'] }))).toEqual([]);
	});
});
