import { describe, expect, it } from 'vitest';
import { csvField, csvText } from './csv';

describe('csvField', () => {
	it('leaves a plain field unquoted', () => {
		expect(csvField('Ana López')).toBe('Ana López');
	});

	it.each([
		['a comma', 'López, Ana', '"López, Ana"'],
		['a quote, doubled inside', 'Ana "the best"', '"Ana ""the best"""'],
		['a line feed', 'two\nlines', '"two\nlines"'],
		['a carriage return', 'two\r\nlines', '"two\r\nlines"']
	])('quotes a field containing %s', (_, field, expected) => {
		expect(csvField(field)).toBe(expected);
	});

	it.each(['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'])(
		'prefixes an apostrophe to text that a spreadsheet would run as a formula: %j',
		(field) => {
			expect(csvField(field).replace(/^"/, '').startsWith(`'${field[0]}`)).toBe(true);
		}
	);

	it('guards before quoting, so the apostrophe sits inside the quotes', () => {
		expect(csvField('=1,2')).toBe('"\'=1,2"');
	});

	it('writes numbers as they are, negative ones included', () => {
		expect(csvField(-0.5)).toBe('-0.5');
		expect(csvField(67)).toBe('67');
	});
});

describe('csvText', () => {
	it('ends every record with CRLF and writes an empty record as a blank line', () => {
		expect(csvText([['a', 1], [], ['b', 'c']])).toBe('a,1\r\n\r\nb,c\r\n');
	});
});
