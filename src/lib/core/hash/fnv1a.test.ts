import { describe, expect, it } from 'vitest';
import { fnv1a32 } from './fnv1a';

describe('fnv1a32', () => {
	// The published FNV-1a test vectors: persisted ids and orders depend on these never changing.
	it.each([
		['', 0x811c9dc5],
		['a', 0xe40c292c],
		['foobar', 0xbf9cf968]
	])('hashes %j to the published value', (text, hash) => {
		expect(fnv1a32(text)).toBe(hash);
	});

	it('hashes UTF-16 code units, as question ids were always made', () => {
		expect(fnv1a32('é')).toBe(fnv1a32('\u00e9'));
		expect(fnv1a32('🙂')).not.toBe(fnv1a32('🙃'));
	});
});
