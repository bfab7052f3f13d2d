import { fileNamePart } from '../../core/format';
import type { Receipt } from './schema';

/** Longest part of a file name taken from the student's name. */
const MAX_NAME_CHARS = 40;

/**
 * A file name safe on every system (see `fileNamePart`), naming the student and assignment; later
 * attempts say which.
 *
 * @example receiptFileName(receipt) // 'lectern-receipt-ana-lopez-gas-pipeline.json'
 */
export function receiptFileName(
	receipt: Pick<Receipt, 'studentName' | 'assignmentId' | 'attempt'>
): string {
	const name = fileNamePart(receipt.studentName, MAX_NAME_CHARS) || 'student';
	const attempt = receipt.attempt > 1 ? `-attempt-${receipt.attempt}` : '';
	return `lectern-receipt-${name}-${receipt.assignmentId}${attempt}.json`;
}
