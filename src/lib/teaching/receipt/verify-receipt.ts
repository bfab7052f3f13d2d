import * as v from 'valibot';
import { describeIssues, parsedError, type Parsed } from '../../core/validation';

import { receiptChecksum } from './checksum';
import { ReceiptSchema, type Receipt } from './schema';

/**
 * The last steps shared by receipt codes and files: the checksum first (so a damaged receipt is
 * called damaged, not invalid), then the schema. `path` prefixes field names, e.g. "receipt.".
 */
export async function verifyReceipt(
	data: unknown,
	checksum: string,
	carrier: 'code' | 'file',
	path = ''
): Promise<Parsed<Receipt>> {
	// Browsers offer crypto.subtle only to https:// and localhost pages.
	if (!globalThis.crypto?.subtle) {
		return parsedError(
			'This browser cannot check receipts on this page: open Lectern from its https:// address and try again.'
		);
	}
	const changed = `The ${carrier} was changed or damaged: its checksum does not match its contents. Ask the student to send it again.`;
	let expected: string;
	try {
		expected = await receiptChecksum(data);
	} catch {
		return parsedError(changed);
	}
	if (expected !== checksum) return parsedError(changed);
	const parsed = v.safeParse(ReceiptSchema, data, { abortPipeEarly: true });
	return parsed.success
		? { ok: true, value: parsed.output }
		: { ok: false, errors: describeIssues(parsed.issues).map((line) => `${path}${line}`) };
}
