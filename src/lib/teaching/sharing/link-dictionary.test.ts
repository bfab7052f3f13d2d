import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LINK_DICTIONARY_V3 } from './link-dictionary';

describe('LINK_DICTIONARY_V3', () => {
	it('is byte for byte the dictionary format-3 links were made with', () => {
		// Never update these values: every format-3 link ever made depends on these exact bytes.
		const bytes = new TextEncoder().encode(LINK_DICTIONARY_V3);

		expect(bytes.length).toBe(6_780);
		expect(createHash('sha256').update(bytes).digest('hex')).toBe(
			'0a23cb326e3b01e38e2c0064bb47ef60bb8afbf5e7a9db6e1b8fe5267c14b03a'
		);
	});

	it('fits well within the 32 KB that DEFLATE looks back, leaving room for a bundled article', () => {
		expect(LINK_DICTIONARY_V3.length).toBeLessThan(8_192);
	});
});
