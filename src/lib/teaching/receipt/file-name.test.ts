import { describe, expect, it } from 'vitest';
import { receiptFileName } from './file-name';
import { makeReceipt } from './test-factories';

describe('receipt file names', () => {
	it('name the student without accents and the assignment', () => {
		expect(receiptFileName(makeReceipt())).toBe('lectern-receipt-ana-lopez-gas-pipeline.json');
	});

	it('say which attempt a later receipt is', () => {
		expect(receiptFileName(makeReceipt({ attempt: 3 }))).toBe(
			'lectern-receipt-ana-lopez-gas-pipeline-attempt-3.json'
		);
	});

	it.each([
		['../../etc/passwd', 'lectern-receipt-etc-passwd-gas-pipeline.json'],
		['Zoë O’Brien-Smith', 'lectern-receipt-zoe-o-brien-smith-gas-pipeline.json'],
		['Андрей Петров', 'lectern-receipt-андрей-петров-gas-pipeline.json'],
		['  ***  ', 'lectern-receipt-student-gas-pipeline.json']
	])('turns %j into a safe name', (studentName, expected) => {
		expect(receiptFileName(makeReceipt({ studentName }))).toBe(expected);
	});

	it('shortens a very long name', () => {
		const name = receiptFileName(makeReceipt({ studentName: 'a'.repeat(200) }));

		expect(name).toBe(`lectern-receipt-${'a'.repeat(40)}-gas-pipeline.json`);
	});
});
