import type { Receipt } from './schema';

/** Longest part of a file name taken from the student's name. */
const MAX_NAME_CHARS = 40;

/**
 * A file name safe on every system, naming the student and assignment; later attempts say which.
 * Accents on Latin letters are dropped ("López" → "lopez"); other scripts are kept as they are
 * ("Андрей" keeps its "й").
 *
 * @example receiptFileName(receipt) // 'lectern-receipt-ana-lopez-gas-pipeline.json'
 */
export function receiptFileName(
	receipt: Pick<Receipt, 'studentName' | 'assignmentId' | 'attempt'>
): string {
	const slug = receipt.studentName
		.normalize('NFKD')
		.replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-');
	// Cut by code point, never inside a surrogate pair.
	const name =
		[...slug]
			.slice(0, MAX_NAME_CHARS)
			.join('')
			.replace(/^-+|-+$/g, '') || 'student';
	const attempt = receipt.attempt > 1 ? `-attempt-${receipt.attempt}` : '';
	return `lectern-receipt-${name}-${receipt.assignmentId}${attempt}.json`;
}
