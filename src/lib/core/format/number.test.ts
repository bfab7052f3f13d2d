import { describe, expect, it } from 'vitest';
import { credit, percent, plural, wholeNumber } from './number';

describe('wholeNumber', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[12_500, '12,500'],
		[-1_000_000, '-1,000,000'],
		[2.5, '3'],
		[Number.NaN, '—'],
		[Number.POSITIVE_INFINITY, '—']
	])('writes %d as %s', (count, text) => {
		expect(wholeNumber(count)).toBe(text);
	});
});

describe('plural', () => {
	it.each([
		[1, 'question', undefined, '1 question'],
		[0, 'question', undefined, '0 questions'],
		[2, 'question', undefined, '2 questions'],
		[1180, 'word', undefined, '1,180 words'],
		[1, 'receipt was', 'receipts were', '1 receipt was'],
		[3, 'receipt was', 'receipts were', '3 receipts were']
	])('writes %d %s (plural %s) as %j', (count, noun, many, text) => {
		expect(plural(count, noun, many)).toBe(text);
	});
});

describe('percent', () => {
	it.each([
		[0, '0%'],
		[0.846, '85%'],
		[1, '100%'],
		[Number.NaN, '—'],
		[Number.POSITIVE_INFINITY, '—']
	])('writes a share of %d as %s, never "NaN%"', (share, text) => {
		expect(percent(share)).toBe(text);
	});
});

describe('credit', () => {
	it.each([
		[12, '12'],
		[12.333, '12⅓'],
		[1.5, '1½'],
		[0.25, '¼'],
		[2.67, '2⅔'],
		[3.98, '4'],
		[4.02, '4']
	])('writes %d as %s', (earned, shown) => {
		expect(credit(earned)).toBe(shown);
	});
});
