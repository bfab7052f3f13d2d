import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText } from './decode-text';

const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('decodeText', () => {
	it('reads UTF-8 and drops its byte-order mark', () => {
		expect(
			decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('café')]))
		).toBe('café');
	});

	it('reads UTF-16 when a byte-order mark says so (Notepad’s "Unicode")', () => {
		expect(decodeText(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toBe('Hi');
		expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]))).toBe('Hi');
	});
});

describe('decodeHtml', () => {
	it('reads the character set the page’s <meta charset> names', () => {
		expect(decodeHtml(latin1('<meta charset="windows-1252"><p>caf\xe9 na\xefve</p>'))).toBe(
			'<meta charset="windows-1252"><p>café naïve</p>'
		);
	});

	it('reads the charset of an http-equiv content type', () => {
		const page =
			'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>na\xefve</p>';
		expect(decodeHtml(latin1(page))).toContain('naïve');
	});

	it('falls back to UTF-8 for a page with no charset or an unknown one', () => {
		const utf8 = new TextEncoder().encode('<meta charset="klingon"><p>café</p>');
		expect(decodeHtml(utf8)).toBe('<meta charset="klingon"><p>café</p>');
		expect(decodeHtml(new TextEncoder().encode('<p>café</p>'))).toBe('<p>café</p>');
	});
});
