import { receiptFileName } from './file-name';
import { encodeReceiptCode } from './receipt-code';
import { encodeReceiptFile } from './receipt-file';
import type { Receipt } from './schema';

/**
 * A receipt as the student sends it: a code and a file. The quiz page loads this (and the
 * compression library the code needs) only when a sitting is submitted.
 *
 * @example const { code, fileName, fileText } = await encodeReceipt(receipt);
 */
export async function encodeReceipt(
	receipt: Receipt
): Promise<{ code: string; fileName: string; fileText: string }> {
	const [code, fileText] = await Promise.all([
		encodeReceiptCode(receipt),
		encodeReceiptFile(receipt)
	]);
	return { code, fileName: receiptFileName(receipt), fileText };
}
