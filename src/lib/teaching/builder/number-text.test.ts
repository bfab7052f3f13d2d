import { describe, expect, it } from 'vitest';
import { numberFromText } from './number-text';

describe('numberFromText', () => {
	it('reads whole, decimal and negative numbers with spaces around them', () => {
		expect([' 42 ', '3.5', '-2'].map(numberFromText)).toEqual([42, 3.5, -2]);
	});

	it('gives NaN for empty text rather than 0', () => {
		expect(numberFromText('  ')).toBeNaN();
	});

	it('gives NaN for words, comma-grouped digits and infinity', () => {
		for (const text of ['three', '2,500', 'Infinity', '1e999'])
			expect(numberFromText(text)).toBeNaN();
	});
});
