import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ResponseSchema } from './response';

const accepts = (response: unknown) => v.safeParse(ResponseSchema, response).success;

describe('the response schema', () => {
	it('accepts the answers the quiz makes', () => {
		expect(accepts({ type: 'single-choice', selected: 2 })).toBe(true);
		expect(accepts({ type: 'multiple-choice', selected: [0, 3] })).toBe(true);
		expect(accepts({ type: 'ordering', order: [2, 0, 1] })).toBe(true);
		expect(accepts({ type: 'matching', matches: [1, null, 0] })).toBe(true);
	});

	it.each([
		['an infinite choice', { type: 'single-choice', selected: Number.POSITIVE_INFINITY }],
		['a fractional choice', { type: 'single-choice', selected: 1.5 }],
		['a negative choice', { type: 'multiple-choice', selected: [-1] }],
		['a huge choice', { type: 'multiple-choice', selected: [1e300] }],
		['an option chosen twice', { type: 'multiple-choice', selected: [1, 1] }],
		['an ordering that places one item twice', { type: 'ordering', order: [0, 0, 1] }],
		['an infinite match', { type: 'matching', matches: [Number.POSITIVE_INFINITY] }]
	])('refuses %s', (_case, response) => {
		expect(accepts(response)).toBe(false);
	});
});
