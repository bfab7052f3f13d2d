import { describe, expect, it } from 'vitest';
import { receiptChecksum } from './checksum';
import { decodeReceiptFile, encodeReceiptFile, RECEIPT_FILE_MAX_CHARS } from './receipt-file';
import { makeReceipt } from './test-factories';

const errorsOf = async (text: string) => {
	const result = await decodeReceiptFile(text);
	return result.ok ? [] : result.errors;
};

describe('receipt files', () => {
	it('read back the receipt they were made from', async () => {
		const receipt = makeReceipt();

		expect(await decodeReceiptFile(await encodeReceiptFile(receipt))).toEqual({
			ok: true,
			value: receipt
		});
	});

	it('carry a format marker, the version, the receipt and its checksum, readably', async () => {
		const text = await encodeReceiptFile(makeReceipt());

		expect(text).toContain('\n  "receipt": {');
		expect(JSON.parse(text)).toEqual({
			format: 'lectern-receipt',
			version: 1,
			receipt: makeReceipt(),
			checksum: await receiptChecksum(makeReceipt())
		});
	});

	it('read a zero written as -0 as the same receipt (the checksum cannot tell them apart)', async () => {
		const text = (await encodeReceiptFile(makeReceipt())).replace(
			'"true-false": 0',
			'"true-false": -0'
		);
		const result = await decodeReceiptFile(text);

		expect(text).toContain('-0');
		expect(result.ok && Object.is(result.value.timesMs['true-false'], 0)).toBe(true);
	});

	it('say the file was changed when a score is edited', async () => {
		const data = JSON.parse(await encodeReceiptFile(makeReceipt()));
		data.receipt.scores.multiple = 1;

		expect(await errorsOf(JSON.stringify(data))).toEqual([
			'The file was changed or damaged: its checksum does not match its contents. Ask the student to send it again.'
		]);
	});

	it('name the field of a receipt that is wrong but intact', async () => {
		const receipt = makeReceipt({ studentName: '' });
		const file = {
			format: 'lectern-receipt',
			version: 1,
			receipt,
			checksum: await receiptChecksum(receipt)
		};

		expect(await errorsOf(JSON.stringify(file))).toEqual([
			'receipt.studentName: must not be empty (got "")'
		]);
	});

	it.each([
		['text that is not JSON', 'Dear teacher,', 'it is not valid JSON'],
		[
			'a module file',
			'{"format":"lectern-module","version":1}',
			'format: must be "lectern-receipt"'
		],
		['a newer format', '{"format":"lectern-receipt","version":2}', 'newer version'],
		[
			'a file without its checksum',
			'{"format":"lectern-receipt","version":1,"receipt":{}}',
			'checksum: is required'
		],
		[
			'JSON nested too deeply to read',
			'['.repeat(100_000) + ']'.repeat(100_000),
			'nested far too deeply'
		],
		['too much text', ' '.repeat(RECEIPT_FILE_MAX_CHARS + 1), 'too large to be a Lectern receipt']
	])('explain %s', async (_, text, message) => {
		expect((await errorsOf(text)).join('\n')).toContain(message);
	});
});
