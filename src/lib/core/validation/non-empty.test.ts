import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { nonEmptyText } from './non-empty';

describe('nonEmptyText', () => {
	it('keeps an id exactly as written', () => {
		expect(v.parse(nonEmptyText(), ' a-1 ')).toBe(' a-1 ');
	});

	it('trims what a person wrote when asked to', () => {
		expect(v.parse(nonEmptyText({ trim: true }), ' Paris ')).toBe('Paris');
	});

	it.each([
		['untrimmed', nonEmptyText(), ''],
		['trimmed', nonEmptyText({ trim: true }), ''],
		['trimmed', nonEmptyText({ trim: true }), '   ']
	])('refuses empty text (%s) %j', (_, schema, input) => {
		expect(v.safeParse(schema, input).issues?.[0]?.message).toBe('must not be empty');
	});

	it('accepts spaces alone when not trimming', () => {
		expect(v.safeParse(nonEmptyText(), '  ').success).toBe(true);
	});

	it('refuses a value that is not text', () => {
		expect(v.safeParse(nonEmptyText(), 7).success).toBe(false);
	});
});
