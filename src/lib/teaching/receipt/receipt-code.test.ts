import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../core/codecs/base64url';
import { packJson } from '../../core/codecs/packed-json';
import { receiptChecksum } from './checksum';
import { decodeReceiptCode, encodeReceiptCode, RECEIPT_CODE_MAX_CHARS } from './receipt-code';
import { makeReceipt } from './test-factories';

const errorsOf = async (text: string) => {
	const result = await decodeReceiptCode(text);
	return result.ok ? [] : result.errors;
};
/** A code for any JSON value with a correct checksum, as a tampering tool would make. */
const codeFor = async (value: unknown) => `R1.${packJson(value)}.${await receiptChecksum(value)}`;

describe('receipt codes', () => {
	it('read back the receipt they were made from', async () => {
		const receipt = makeReceipt();

		expect(await decodeReceiptCode(await encodeReceiptCode(receipt))).toEqual({
			ok: true,
			value: receipt
		});
	});

	it('look like R1.<payload>.<checksum>', async () => {
		expect(await encodeReceiptCode(makeReceipt())).toMatch(/^R1\.[A-Za-z0-9_-]+\.[0-9a-f]{16}$/);
	});

	it('stay short for a typical receipt', async () => {
		expect((await encodeReceiptCode(makeReceipt())).length).toBeLessThan(500);
	});

	it('survive the line breaks and quoting spaces an e-mail app adds', async () => {
		const code = await encodeReceiptCode(makeReceipt());
		const wrapped = `\n  ${code.replace(/(.{30})/g, '$1\r\n ')}  \n`;

		expect(await decodeReceiptCode(wrapped)).toEqual({ ok: true, value: makeReceipt() });
	});
});

describe('receipt code errors', () => {
	it('say the code was changed when a score is edited and the checksum kept', async () => {
		const code = await encodeReceiptCode(makeReceipt());
		const checksum = code.slice(code.lastIndexOf('.') + 1);
		const edited = makeReceipt({ scores: { ...makeReceipt().scores, multiple: 1 } });

		expect(await errorsOf(`R1.${packJson(edited)}.${checksum}`)).toEqual([
			'The code was changed or damaged: its checksum does not match its contents. Ask the student to send it again.'
		]);
	});

	it('name the field of a receipt that is wrong but intact', async () => {
		expect(await errorsOf(await codeFor(makeReceipt({ attempt: 0 })))).toEqual([
			expect.stringMatching(/^attempt: .*\(got 0\)$/)
		]);
	});

	it.each([
		['empty text', ' \n ', 'This is not a receipt code: it is empty.'],
		['a share link', 'https://lectern.example/open#m=1.abc', 'it should start with "R1."'],
		['a newer format', 'R2.abc.0123456789abcdef', 'made by a newer version of Lectern'],
		['an unknown format', 'R0.abc.0123456789abcdef', 'has an unknown format (0)'],
		['a code without its checksum', 'R1.q1ZKVLIyrAUA', 'its end is missing or changed'],
		['a code with a short checksum', 'R1.q1ZKVLIyrAUA.0123', 'its end is missing or changed'],
		['characters a code cannot have', 'R1.q1Z$VLIyrAUA.0123456789abcdef', 'cannot have'],
		['a payload cut short', 'R1.q1ZKVL.0123456789abcdef', 'cut off when copied'],
		['too much text', `R1.${'A'.repeat(RECEIPT_CODE_MAX_CHARS)}.0`, 'too long to be a receipt code']
	])('explain %s', async (_, text, message) => {
		const errors = await errorsOf(text);

		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(message);
	});

	it('refuse a payload nested too deeply to read', async () => {
		const deep = toBase64url(
			deflateSync(new TextEncoder().encode('['.repeat(90_000) + ']'.repeat(90_000)))
		);

		expect(await errorsOf(`R1.${deep}.0123456789abcdef`)).toEqual([
			expect.stringContaining('its contents are not valid JSON')
		]);
	});

	it('refuse a payload that unpacks to megabytes', async () => {
		const bomb = await codeFor({ name: 'x'.repeat(1_000_000) });

		expect(await errorsOf(bomb)).toEqual([expect.stringContaining('unpacks to more than')]);
	});
});
