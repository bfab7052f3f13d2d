import { describe, expect, it } from 'vitest';
import { LINK_CHECKSUM_CHARS, linkChecksum } from './link-checksum';

describe('linkChecksum', () => {
	it.each([
		['', '47DEQpj8'],
		['abc', 'ungWv48B']
	])('is the first 6 bytes of the SHA-256 of %j in base64url', (text, checksum) => {
		expect(linkChecksum(text)).toBe(checksum);
	});

	it('is 8 URL-safe characters', () => {
		expect(linkChecksum('é'.repeat(1_000))).toMatch(
			new RegExp(`^[A-Za-z0-9_-]{${LINK_CHECKSUM_CHARS}}$`)
		);
	});

	it('changes when one character changes', () => {
		expect(linkChecksum('rVXdatsw')).not.toBe(linkChecksum('rVXdatsW'));
	});
});
