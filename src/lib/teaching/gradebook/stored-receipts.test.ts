import { describe, expect, it } from 'vitest';
import { encodeReceiptCode, encodeReceiptFile, receiptChecksum, type Receipt } from '../receipt';
import { gradebookReceiptsKey } from '../../core/storage/keys';
import {
	importReceiptTexts,
	mergeReceipts,
	readStoredReceipts,
	splitReceiptCodes,
	type ReceiptText
} from './stored-receipts';

/** A receipt written out by hand, as a student's device would send it. */
const receipt = (over: Partial<Receipt> = {}): Receipt => ({
	version: 1,
	assignmentId: 'gas-pipeline',
	studentName: 'Ana López',
	attempt: 1,
	startedAt: Date.parse('2026-03-05T14:00:00Z'),
	finishedAt: Date.parse('2026-03-05T14:07:30Z'),
	responses: {
		single: { type: 'single-choice', selected: 0 },
		short: { type: 'short-answer', text: 'Russia' }
	},
	scores: { single: 1, short: 1 },
	timesMs: { single: 12_000, short: 30_500 },
	...over
});

/** The same code with the last checksum digit changed, as a slip while copying would. */
const damaged = (code: string): string => `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;

const CHANGED =
	'The code was changed or damaged: its checksum does not match its contents. Ask the student to send it again.';

describe('stored gradebook receipts', () => {
	it('are kept under a key per module', () => {
		expect(gradebookReceiptsKey('gas-pipeline')).toBe('lectern.gradebook.gas-pipeline');
	});

	it('read back as texts, leaving out entries that are not text', () => {
		expect(readStoredReceipts('["R1.a.b", 7, "", "{}"]')).toEqual({
			items: ['R1.a.b', '{}'],
			skipped: 2,
			unreadable: false
		});
	});

	it('read as unreadable when the stored value is not a JSON list', () => {
		expect(readStoredReceipts('{"R1": 1}')).toMatchObject({ items: [], unreadable: true });
	});
});

describe('splitReceiptCodes', () => {
	const a = 'R1.abc.0123456789abcdef';
	const b = 'R1.xyz.fedcba9876543210';

	it('splits codes on separate lines and codes side by side', () => {
		expect(splitReceiptCodes(`\n${a}\r\n\n${b} ${a}\n`)).toEqual([a, b, a]);
	});

	it('joins a code that an e-mail app wrapped over lines, checksum included', () => {
		expect(splitReceiptCodes('R1.ab\n  c.01234567\n89abcdef\nR1.xyz.fedcba9876543210')).toEqual([
			a,
			b
		]);
	});

	it('keeps words that are no code together as one piece', () => {
		expect(splitReceiptCodes(`Hello Ms Kim,\nhere it is:\n${a}\nThanks!`)).toEqual([
			'Hello Ms Kim, here it is:',
			a,
			'Thanks!'
		]);
	});

	it('gives nothing for blank text', () => {
		expect(splitReceiptCodes(' \n\t ')).toEqual([]);
	});
});

describe('importReceiptTexts', () => {
	it('hands control back between batches, saying how many are done', async () => {
		const codes = await Promise.all(
			Array.from({ length: 120 }, (_, i) => encodeReceiptCode(receipt({ attempt: i + 1 })))
		);
		const batches: [number, number][] = [];

		const result = await importReceiptTexts([codes.join('\n')], [], (done, total) => {
			batches.push([done, total]);
		});

		expect(result.imported).toHaveLength(120);
		expect(batches).toEqual([
			[50, 120],
			[100, 120]
		]);
	});

	it('decodes a valid code, with its checksum and the code as stored text', async () => {
		const ana = receipt();
		const code = await encodeReceiptCode(ana);

		const result = await importReceiptTexts([code]);

		expect(result).toEqual({
			imported: [{ receipt: ana, checksum: await receiptChecksum(ana), text: code }],
			errors: []
		});
	});

	it('decodes a receipt file and stores its contents as received', async () => {
		const file = await encodeReceiptFile(receipt({ studentName: 'Bo' }));

		const result = await importReceiptTexts([file], ['bo-receipt.json']);

		expect(result.errors).toEqual([]);
		expect(result.imported).toMatchObject([{ receipt: { studentName: 'Bo' }, text: file }]);
	});

	it('decodes two codes pasted in one block, one of them wrapped', async () => {
		const first = await encodeReceiptCode(receipt());
		const second = await encodeReceiptCode(receipt({ studentName: 'Bo', attempt: 2 }));
		const wrapped = second.replace(/(.{40})/g, '$1\n');

		const result = await importReceiptTexts([`${first}\n\n${wrapped}\n`]);

		expect(result.errors).toEqual([]);
		expect(result.imported.map((entry) => entry.receipt.studentName)).toEqual(['Ana López', 'Bo']);
		expect(result.imported[1]?.text).toBe(second);
	});

	it('names the damaged code by its place in the block and keeps the others', async () => {
		const codes = await Promise.all(
			['Ana', 'Bo', 'Cy'].map((studentName) => encodeReceiptCode(receipt({ studentName })))
		);

		const result = await importReceiptTexts([
			[codes[0], damaged(codes[1] ?? ''), codes[2]].join('\n')
		]);

		expect(result.errors).toEqual([`Receipt 2: ${CHANGED}`]);
		expect(result.imported.map((entry) => entry.receipt.studentName)).toEqual(['Ana', 'Cy']);
	});

	it('counts receipts across texts and names a damaged file by its file name', async () => {
		const code = await encodeReceiptCode(receipt());
		const file = (await encodeReceiptFile(receipt())).replace('"attempt": 1', '"attempt": 2');

		const result = await importReceiptTexts([code, file], [undefined, 'ana.json']);

		expect(result.errors).toEqual([
			'Receipt 2 ("ana.json"): The file was changed or damaged: its checksum does not match its contents. Ask the student to send it again.'
		]);
	});

	it('says junk text is no receipt code and quotes its start', async () => {
		const result = await importReceiptTexts(['Please find my receipt attached, thank you']);

		expect(result).toEqual({
			imported: [],
			errors: [
				'Receipt 1 ("Please find my receipt attach…"): This is not a Lectern receipt code: it should start with "R1.".'
			]
		});
	});

	it('reads a chosen file that is not JSON as a file, not as a code', async () => {
		const result = await importReceiptTexts(['%PDF-1.7 …'], ['scan.pdf']);

		expect(result.errors).toEqual([
			'Receipt 1 ("scan.pdf"): This file is not a Lectern receipt: it is not valid JSON.'
		]);
	});

	it('gives nothing, and no error, for blank text', async () => {
		expect(await importReceiptTexts(['  \n'])).toEqual({ imported: [], errors: [] });
	});
});

describe('mergeReceipts', () => {
	const entry = async (over: Partial<Receipt> = {}): Promise<ReceiptText> => {
		const value = receipt(over);
		return { receipt: value, checksum: await receiptChecksum(value), text: 'R1.stored' };
	};

	it('adds new receipts of this module', async () => {
		const incoming = [await entry(), await entry({ studentName: 'Bo' })];

		expect(mergeReceipts('gas-pipeline', [], incoming)).toEqual({ added: incoming, problems: [] });
	});

	it('leaves out a receipt already stored or already in the batch, saying so', async () => {
		const ana = await entry();
		const bo = await entry({ studentName: ' Bo ' });

		const result = mergeReceipts('gas-pipeline', [ana], [{ ...ana }, bo, { ...bo }]);

		expect(result).toEqual({
			added: [bo],
			problems: [
				"Ana López's attempt 1 was already imported; it counts once.",
				"Bo's attempt 1 was already imported; it counts once."
			]
		});
	});

	it('leaves out a receipt for another module, naming that module', async () => {
		const result = mergeReceipts('gas-pipeline', [], [await entry({ assignmentId: 'floods' })]);

		expect(result).toEqual({
			added: [],
			problems: [`Ana López's receipt is for another module ("floods"); it was not added.`]
		});
	});

	it('reports a repeated receipt for another module as imported twice, as the gradebook does', async () => {
		const other = await entry({ assignmentId: 'floods' });

		const result = mergeReceipts('gas-pipeline', [], [other, { ...other }]);

		expect(result.problems).toEqual([
			`Ana López's receipt is for another module ("floods"); it was not added.`,
			"Ana López's attempt 1 was already imported; it counts once."
		]);
	});
});
