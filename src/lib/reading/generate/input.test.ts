import { describe, expect, it } from 'vitest';
import { GenerationError } from './errors';
import { checkInput, MIN_WORDS, tooShort } from './input';

function codeOf(input: unknown): string {
	try {
		checkInput(input);
		return 'accepted';
	} catch (error) {
		return error instanceof GenerationError ? error.code : 'other error';
	}
}

describe('checkInput', () => {
	it.each([
		['plain text', 'Officials met on Monday.', 'accepted'],
		['text with tabs, form feeds and CRLF', 'A\tB\r\nC\fD\vE', 'accepted'],
		['an empty string', '', 'empty'],
		['only whitespace', ' \n\t ', 'empty'],
		['a number', 42, 'not-text'],
		['undefined', undefined, 'not-text'],
		['a NUL byte', 'text\u0000more text', 'not-text'],
		['a PNG signature', '\u0089PNG\r\n\u001a\n', 'not-text'],
		['a PDF signature', '%PDF-1.7 some text', 'not-text'],
		['a GIF signature', 'GIF89a', 'not-text'],
		['many replacement characters', `${'\ufffd'.repeat(5)}${'a'.repeat(100)}`, 'not-text'],
		['one replacement character in long text', `\ufffd${'a'.repeat(200)}`, 'accepted']
	])('classifies %s as %s', (_, input, expected) => {
		expect(codeOf(input)).toBe(expected);
	});

	it('returns the text unchanged', () => {
		const text = '  Officials met.  ';
		expect(checkInput(text)).toBe(text);
	});
});

describe('tooShort', () => {
	it.each([
		[1, 'it has 1 word of article text'],
		[7, 'it has 7 words of article text'],
		[0, 'it has 0 words of article text']
	])('says how many words %i is', (words, phrase) => {
		const error = tooShort(words);
		expect(error.code).toBe('too-short');
		expect(error.message).toContain(phrase);
		expect(error.message).toContain(`at least ${MIN_WORDS} are needed`);
	});
});
