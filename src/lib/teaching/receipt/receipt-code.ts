import { wholeNumber } from '../../core/format';
import { packJson, unpackJson, type UnpackFailure } from '../../core/codecs';
import { parsedError, type Parsed } from '../../core/validation';
import { CHECKSUM_LENGTH, receiptChecksum } from './checksum';
import { RECEIPT_VERSION, type Receipt } from './schema';
import { verifyReceipt } from './verify-receipt';

/**
 * A receipt as text a student can paste into an e-mail or chat: `R1.<payload>.<checksum>`, where
 * the payload is the receipt's JSON packed as in share links and the checksum is `receiptChecksum`.
 */

/** A 25-question receipt is about 1,500 characters; this leaves room for long answers. */
export const RECEIPT_CODE_MAX_CHARS = 20_000;
const RECEIPT_MAX_BYTES = 200_000;

const PREFIX = `R${RECEIPT_VERSION}.`;

/** @example await encodeReceiptCode(receipt) // 'R1.q1ZKy8xJ…Kq0FAA.3f0a9c1b2d4e5f60' */
export async function encodeReceiptCode(receipt: Receipt): Promise<string> {
	return `${PREFIX}${packJson(receipt)}.${await receiptChecksum(receipt)}`;
}

const DAMAGED = 'This receipt code is damaged or incomplete';
const UNPACK_MESSAGES: Record<UnpackFailure, string> = {
	'not-base64url': `${DAMAGED}: it holds characters a receipt code cannot have. Copy the whole code again.`,
	'not-deflate': `${DAMAGED} (it may have been cut off when copied). Copy the whole code again.`,
	'not-utf8': `${DAMAGED}: its contents are not readable text. Copy the whole code again.`,
	'not-json': `${DAMAGED}: its contents are not valid JSON. Copy the whole code again.`,
	'too-large': `This receipt code unpacks to more than ${wholeNumber(RECEIPT_MAX_BYTES)} bytes, far more than any receipt.`
};

/**
 * Reads a receipt code. White space anywhere is ignored, since e-mail apps wrap long lines.
 * Never throws or rejects: every failure is a message saying what is wrong.
 *
 * @example await decodeReceiptCode(pasted) // { ok: true, value: { studentName: 'Ana López', … } }
 */
export async function decodeReceiptCode(text: string): Promise<Parsed<Receipt>> {
	const code = text.replace(/\s+/g, '');
	if (!code) return parsedError('This is not a receipt code: it is empty.');
	if (code.length > RECEIPT_CODE_MAX_CHARS) {
		return parsedError(
			`This is too long to be a receipt code (${wholeNumber(code.length)} characters; the most is ${wholeNumber(RECEIPT_CODE_MAX_CHARS)}).`
		);
	}
	const match = /^R(\d+)\.(.*)$/s.exec(code);
	if (!match)
		return parsedError(`This is not a Lectern receipt code: it should start with "${PREFIX}".`);
	const [, version = '', rest = ''] = match;
	if (version !== String(RECEIPT_VERSION)) {
		return parsedError(
			Number(version) > RECEIPT_VERSION
				? `This receipt code was made by a newer version of Lectern (receipt format ${version}). Update Lectern to read it.`
				: `This receipt code has an unknown format (${version}), so this version of Lectern cannot read it.`
		);
	}
	const parts = rest.split('.');
	const [payload = '', checksum = ''] = parts;
	if (parts.length !== 2 || !new RegExp(`^[0-9a-f]{${CHECKSUM_LENGTH}}$`).test(checksum)) {
		return parsedError(`${DAMAGED}: its end is missing or changed. Copy the whole code again.`);
	}
	const unpacked = unpackJson(payload, RECEIPT_MAX_BYTES);
	if (!unpacked.ok) return parsedError(UNPACK_MESSAGES[unpacked.reason]);
	return verifyReceipt(unpacked.value, checksum, 'code');
}
