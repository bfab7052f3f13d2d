import { wholeNumber } from '../../core/format';
import * as v from 'valibot';
import { nestsDeeperThan } from '../../core/codecs';
import { describeIssues, parsedError, type Parsed, parseOutsideJson } from '../../core/validation';

import { receiptChecksum } from './checksum';
import { RECEIPT_VERSION, type Receipt } from './schema';
import { verifyReceipt } from './verify-receipt';

/**
 * A receipt as a downloadable file, for students who send an attachment rather than a code:
 * readable JSON `{ format, version, receipt, checksum }` with the same checksum as the code.
 */

const RECEIPT_FILE_FORMAT = 'lectern-receipt';
export const RECEIPT_FILE_MAX_CHARS = 500_000;

/** @example await encodeReceiptFile(receipt) // '{\n  "format": "lectern-receipt",\n  "version": 1, …' */
export async function encodeReceiptFile(receipt: Receipt): Promise<string> {
	const checksum = await receiptChecksum(receipt);
	const file = { format: RECEIPT_FILE_FORMAT, version: RECEIPT_VERSION, receipt, checksum };
	return JSON.stringify(file, null, 2);
}

const HeaderSchema = v.object(
	{
		format: v.literal(RECEIPT_FILE_FORMAT, `must be "${RECEIPT_FILE_FORMAT}"`),
		version: v.pipe(v.number('must be a number'), v.integer('must be a whole number'))
	},
	'must be a JSON object'
);

/** Read only once the version is known: a newer format may lay out the rest differently. */
const ContentsSchema = v.object({ receipt: v.unknown(), checksum: v.string('must be text') });

/**
 * Reads a receipt file. Never throws or rejects; errors name the field, e.g. `receipt.attempt: …`.
 *
 * @example await decodeReceiptFile(await file.text()) // { ok: true, value: { studentName, … } }
 */
export async function decodeReceiptFile(text: string): Promise<Parsed<Receipt>> {
	if (text.length > RECEIPT_FILE_MAX_CHARS) {
		return parsedError(
			`This file is too large to be a Lectern receipt (${wholeNumber(text.length)} characters; the most is ${wholeNumber(RECEIPT_FILE_MAX_CHARS)}).`
		);
	}
	let data: unknown;
	try {
		data = parseOutsideJson(text);
	} catch {
		return parsedError('This file is not a Lectern receipt: it is not valid JSON.');
	}
	if (nestsDeeperThan(data)) {
		return parsedError('This file is not a Lectern receipt: its data is nested far too deeply.');
	}
	const header = v.safeParse(HeaderSchema, data, { abortPipeEarly: true });
	if (!header.success) {
		return parsedError('This file is not a Lectern receipt.', ...describeIssues(header.issues));
	}
	const { version } = header.output;
	if (version !== RECEIPT_VERSION) {
		return parsedError(
			version > RECEIPT_VERSION
				? `This receipt file was made by a newer version of Lectern (file format ${version}). Update Lectern to read it.`
				: `This receipt file has an unknown format version (${version}).`
		);
	}
	const contents = v.safeParse(ContentsSchema, data, { abortPipeEarly: true });
	if (!contents.success) {
		return parsedError(
			'This file is not a complete Lectern receipt.',
			...describeIssues(contents.issues)
		);
	}
	return verifyReceipt(contents.output.receipt, contents.output.checksum, 'file', 'receipt.');
}
