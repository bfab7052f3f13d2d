import { describe, expect, it } from 'vitest';
import { linesOf, pairsOf, textOfLines, textOfPairs } from './text-lines';

describe('linesOf', () => {
	it('drops blank lines and trims each entry', () => {
		expect(linesOf('  Russia \n\n\r\nLPG\n')).toEqual(['Russia', 'LPG']);
	});

	it('gives no entries for empty text', () => {
		expect(linesOf(' \n ')).toEqual([]);
	});

	it('round-trips a list through its text', () => {
		const lines = ['First', 'Second', 'Third'];
		expect(linesOf(textOfLines(lines))).toEqual(lines);
	});
});

describe('pairsOf', () => {
	it('splits each line at the first "="', () => {
		expect(pairsOf('Russia = Moscow\nSum=1 = 2')).toEqual([
			{ left: 'Russia', right: 'Moscow' },
			{ left: 'Sum', right: '1 = 2' }
		]);
	});

	it('gives a line without "=" an empty right side, for the schema to report', () => {
		expect(pairsOf('Russia')).toEqual([{ left: 'Russia', right: '' }]);
	});

	it('round-trips pairs through their text', () => {
		const pairs = [
			{ left: 'Russia', right: 'Moscow' },
			{ left: 'China', right: 'Beijing' }
		];
		expect(textOfPairs(pairs)).toBe('Russia = Moscow\nChina = Beijing');
		expect(pairsOf(textOfPairs(pairs))).toEqual(pairs);
	});
});
