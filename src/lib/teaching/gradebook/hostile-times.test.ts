import { describe, expect, it } from 'vitest';
import { encodeReceiptFile } from '../receipt';
import { buildGradebook } from './build-gradebook';
import { gradebookCsv } from './gradebook-csv';
import { importReceiptTexts } from './stored-receipts';
import { imported, makeAssignment } from './test-factories';

describe('a receipt with a time no date can show', () => {
	it('is refused on import, naming the field, so it never reaches the gradebook', async () => {
		const { receipt } = imported({ finishedAt: Number.MAX_SAFE_INTEGER });
		const file = await encodeReceiptFile(receipt);

		const result = await importReceiptTexts([file], ['ana.json']);

		expect(result.imported).toEqual([]);
		expect(result.errors).toEqual([
			expect.stringMatching(
				/^Receipt 1 \("ana\.json"\): .*receipt\.finishedAt: must be a time between 1970 and 2100/
			)
		]);
	});

	it('leaves the CSV export working, with the time left empty, if one got in before', () => {
		const assignment = makeAssignment();
		const gradebook = buildGradebook(assignment, [
			imported({ studentName: 'Ana', finishedAt: Number.MAX_SAFE_INTEGER }),
			imported({ studentName: 'Ben', finishedAt: Number.NaN })
		]);

		const lines = gradebookCsv(gradebook, assignment, { timeZone: 'UTC' }).split('\r\n');

		expect(lines.slice(1, 3)).toEqual(['Ana,1,100,yes,,1,1,1', 'Ben,1,100,yes,,1,1,1']);
	});
});
