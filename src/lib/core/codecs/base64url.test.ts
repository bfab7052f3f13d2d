import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from './base64url';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('base64url', () => {
	it.each([
		['', ''],
		['f', 'Zg'],
		['fo', 'Zm8'],
		['foo', 'Zm9v'],
		['foob', 'Zm9vYg'],
		['fooba', 'Zm9vYmE'],
		['foobar', 'Zm9vYmFy']
	])('encodes %j as the RFC 4648 vector %j without padding', (text, encoded) => {
		expect(toBase64url(bytes(text))).toBe(encoded);
		expect(fromBase64url(encoded)).toEqual(bytes(text));
	});

	it('uses "-" and "_" where base64 uses "+" and "/"', () => {
		expect(toBase64url(new Uint8Array([251, 255]))).toBe('-_8');
	});

	it('agrees with Node for any bytes and reads back what it wrote', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
				const encoded = toBase64url(input);
				expect(encoded).toBe(Buffer.from(input).toString('base64url'));
				expect(fromBase64url(encoded)).toEqual(input);
			})
		);
	});

	it.each([
		['a "+" from plain base64', 'Zm+v'],
		['padding', 'Zg=='],
		['an impossible length', 'Zm9vY'],
		['leftover bits in the last character', 'Zh'],
		['a non-ASCII character', 'Zm9é']
	])('rejects %s', (_, text) => {
		expect(fromBase64url(text)).toBeNull();
	});
});
