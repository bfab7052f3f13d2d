import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64url } from './base64url';
import { packJson, unpackJson } from './packed-json';

const packBytes = (bytes: Uint8Array) => toBase64url(deflateSync(bytes, { level: 9 }));
const packText = (text: string) => packBytes(new TextEncoder().encode(text));

describe('packed JSON', () => {
	it('reads back the value it packed', () => {
		const value = { title: 'Unrest in Kazakhstan', list: [1, 2.5, null, 'ü “quoted”'] };

		expect(unpackJson(packJson(value), 1_000)).toEqual({ ok: true, value });
	});

	it('packs { a: 1 } as the documented example', () => {
		expect(packJson({ a: 1 })).toBe('q1ZKVLIyrAUA');
	});

	it('packs repetitive text to a fraction of its size', () => {
		const value = { text: 'The pipeline runs from Russia to China. '.repeat(50) };

		expect(packJson(value).length).toBeLessThan(JSON.stringify(value).length / 10);
	});

	it.each([
		['not-base64url', 'not base64!'],
		['not-deflate', ''],
		['not-deflate', 'Zh'],
		['not-deflate', packJson({ a: 'some text to cut short' }).slice(0, 8)],
		['not-utf8', packBytes(new Uint8Array([0x7b, 0xff, 0x7d]))],
		['not-json', packText('{"a": 1')],
		['not-json', packText('['.repeat(200) + ']'.repeat(200))]
	])('reports %s for %j', (reason, text) => {
		expect(unpackJson(text, 1_000)).toMatchObject({ ok: false, reason });
	});

	it('stops a payload that unpacks past the limit', () => {
		const bomb = packBytes(new Uint8Array(5_000_000));

		expect(bomb.length).toBeLessThan(10_000);
		expect(unpackJson(bomb, 1_000_000)).toMatchObject({ ok: false, reason: 'too-large' });
	});

	it('accepts a payload that unpacks to exactly the limit', () => {
		const text = `"${'x'.repeat(998)}"`;

		expect(unpackJson(packText(text), 1_000)).toEqual({ ok: true, value: 'x'.repeat(998) });
	});
});
