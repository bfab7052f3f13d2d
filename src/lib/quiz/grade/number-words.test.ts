import { describe, expect, it } from 'vitest';
import { numberWordsToDigits } from './number-words';

const read = (text: string) => numberWordsToDigits(text.split(' ')).join(' ');

describe('numberWordsToDigits', () => {
	it.each([
		['three', '3'],
		['zero', '0'],
		['nineteen', '19'],
		['twenty five', '25'],
		['one hundred and five', '105'],
		['a hundred', '100'],
		['a thousand soldiers', '1000 soldiers'],
		['twenty thousand', '20000'],
		['twelve hundred', '1200'],
		['twenty five hundred', '2500'],
		['two million three hundred thousand', '2300000'],
		['2.5 million', '2500000'],
		['1.1 thousand', '1100'],
		['minus three', '-3'],
		['negative 4', '-4'],
		['3.0', '3'],
		['-0', '0']
	])('reads "%s" as "%s"', (text, expected) => {
		expect(read(text)).toBe(expected);
	});

	it.each([
		['one two three', '1 2 3'],
		['five twenty', '5 20'],
		['a cat', 'a cat'],
		['and three', 'and 3'],
		['hundred', 'hundred'],
		['million people', 'million people'],
		['three and', '3 and'],
		['thousand million', 'thousand million'],
		['minus', 'minus'],
		['constructor __proto__', 'constructor __proto__']
	])('leaves "%s" as separate numbers or plain words: "%s"', (text, expected) => {
		expect(read(text)).toBe(expected);
	});
});
