import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleHash, fnv1a32 } from './link-hash';

describe('fnv1a32', () => {
	it.each([
		['', 0x811c9dc5],
		['a', 0xe40c292c],
		['foobar', 0xbf9cf968],
		// UTF-16 code units, not UTF-8 bytes: an emoji counts as two units.
		['Gas – “ü” 🙂', 0x20c0bcff]
	])('hashes %j to its published value', (text, hash) => {
		expect(fnv1a32(text)).toBe(hash);
	});
});

describe('articleHash', () => {
	const article = readFileSync(new URL('fixtures/gas-article.txt', import.meta.url), 'utf8');

	it('gives the hash a format-2 link written in 2026 records for its article', () => {
		const link = readFileSync(new URL('fixtures/link-format-2.txt', import.meta.url), 'utf8');

		expect(articleHash(article).toString(36)).toBe(link.split('.')[2]);
	});

	it('ignores white space around the body, as the assignment schema trims it', () => {
		expect(articleHash(`\n ${article.trim()}\n\n`)).toBe(articleHash(article.trim()));
	});
});
