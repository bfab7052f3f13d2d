import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../core/validation/result';
import { decodeReceiptCode } from './receipt-code';
import { decodeReceiptFile } from './receipt-file';
import type { Receipt } from './schema';

/**
 * A receipt code and a receipt file as students sent them in 2026, checked in as they were made.
 * Teachers keep receipts for a long time: these must be read the same forever. Never regenerate a
 * fixture to make a test pass.
 */

const fixture = (name: string) =>
	readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8').trim();

function receiptOf(result: Parsed<Receipt>): Receipt {
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.value;
}

describe.each([
	['a receipt code (R1)', () => decodeReceiptCode(fixture('receipt-code-1.txt'))],
	['a receipt file (version 1)', () => decodeReceiptFile(fixture('receipt-file-1.json'))]
])('%s written in 2026', (_, decode) => {
	it('reads the student, the module and the attempt', async () => {
		const receipt = receiptOf(await decode());

		expect(receipt).toMatchObject({
			version: 1,
			assignmentId: 'gas-pipeline',
			studentName: 'Ana López',
			attempt: 1,
			startedAt: 1_700_000_000_000,
			finishedAt: 1_700_000_600_000
		});
	});

	it('reads every response, score and time', async () => {
		const receipt = receiptOf(await decode());

		expect(Object.keys(receipt.responses)).toHaveLength(8);
		expect(receipt.responses.short).toEqual({ type: 'short-answer', text: 'Rusia' });
		expect(receipt.responses.matching).toEqual({ type: 'matching', matches: [0, null, 2] });
		expect(receipt.scores).toEqual({
			single: 1,
			multiple: 0.67,
			numeric: 1,
			short: 1,
			cloze: 1,
			ordering: 0.33
		});
		expect(receipt.timesMs.multiple).toBe(30_500);
	});
});
