import { describe, expect, it } from 'vitest';
import { isPartOrWhole } from './part-of-whole';

const at = (text: string, number: string) => {
	const start = text.indexOf(number);
	return isPartOrWhole(text, start, start + number.length);
};

describe('isPartOrWhole', () => {
	it.each([
		['four of the six members voted', 'four'],
		['four of the six members voted', 'six'],
		['8 of the 20 trains ran', '20'],
		['12 of 40 schools closed', '12']
	])('reads “%s” at “%s” as one side of a part and its whole', (text, number) => {
		expect(at(text, number)).toBe(true);
	});

	it.each([
		['six members voted for the cut', 'six'],
		['the cut of 25 basis points', '25']
	])('reads “%s” at “%s” as no part of a whole', (text, number) => {
		expect(at(text, number)).toBe(false);
	});
});
