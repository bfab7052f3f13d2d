import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/codecs/canonical-json';
import { receiptChecksum } from './checksum';
import { makeReceipt } from './test-factories';

describe('receipt checksums', () => {
	it('are the first 16 hex characters of the SHA-256 of the canonical JSON', async () => {
		const receipt = makeReceipt();
		const expected = createHash('sha256').update(canonicalJson(receipt)).digest('hex').slice(0, 16);

		expect(await receiptChecksum(receipt)).toBe(expected);
	});

	it('ignore key order', async () => {
		const { studentName, ...rest } = makeReceipt();

		expect(await receiptChecksum({ ...rest, studentName })).toBe(
			await receiptChecksum(makeReceipt())
		);
	});

	it('change when a score is edited', async () => {
		const edited = makeReceipt({ scores: { ...makeReceipt().scores, multiple: 1 } });

		expect(await receiptChecksum(edited)).not.toBe(await receiptChecksum(makeReceipt()));
	});
});
