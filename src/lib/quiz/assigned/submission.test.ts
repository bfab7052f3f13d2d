import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Assignment } from '../../teaching/sharing';
import { gradeQuiz } from '../grade';
import { singleChoice, trueFalse } from '../question/test-factories';
import type { AssignedModule } from '../../teaching/library/assigned-modules';
import type { Response } from '../question/response';
import { decodeReceiptCode, decodeReceiptFile } from '../../teaching/receipt';
import { prepareSubmission, storeSubmission, type SubmissionStore } from './submission';

const questions = [singleChoice({ id: 'q1' }), trueFalse({ id: 'q2' })];
const assignment: Assignment = {
	id: 'm-submit',
	title: 'T',
	body: 'Some text.',
	questions,
	settings: { ...DEFAULT_SETTINGS }
};
const entry = (over: Partial<AssignedModule> = {}): AssignedModule => ({
	assignment,
	addedAt: 0,
	submissions: [],
	...over
});

async function prepared(from = entry()) {
	const responses: Record<string, Response> = { q1: { type: 'single-choice', selected: 0 } };
	return prepareSubmission({
		entry: from,
		studentName: ' Noor Haddad ',
		finished: {
			startedAt: 1_000,
			finishedAt: 61_000,
			responses,
			result: gradeQuiz(questions, responses)
		},
		timesMs: { q1: 5_000 }
	});
}

/** A store whose writes succeed or fail as told, remembering what was last kept. */
function fakeStore(
	items: AssignedModule[],
	accepts: boolean
): SubmissionStore & { kept?: AssignedModule[] } {
	return {
		items,
		set(next) {
			if (accepts) this.kept = next;
			return accepts;
		}
	};
}

describe('prepareSubmission', () => {
	it('makes a receipt code and a file that both decode to the sitting', async () => {
		const ready = await prepared();

		const fromCode = await decodeReceiptCode(ready.submission.receiptCode);
		const fromFile = await decodeReceiptFile(ready.fileText);

		expect(fromCode.ok && fromCode.value).toEqual(ready.receipt);
		expect(fromFile.ok && fromFile.value).toEqual(ready.receipt);
		expect(ready.receipt).toMatchObject({ studentName: 'Noor Haddad', attempt: 1 });
		expect(ready.submission).toMatchObject({ attempt: 1, finishedAt: 61_000, percent: 50 });
		expect(ready.fileName).toBe('lectern-receipt-noor-haddad-m-submit.json');
	});

	it('numbers the attempt after the submissions already stored', async () => {
		const earlier = { attempt: 1, finishedAt: 500, percent: 0, receiptCode: 'R1.old' };

		const ready = await prepared(entry({ submissions: [earlier] }));

		expect(ready.submission.attempt).toBe(2);
		expect(ready.receipt.attempt).toBe(2);
	});

	it("numbers only this student's attempts on a shared device, and records whose it is", async () => {
		const other = {
			attempt: 1,
			finishedAt: 500,
			percent: 0,
			receiptCode: 'R1.x',
			studentName: 'Bo'
		};
		const own = { ...other, studentName: 'noor  haddad' };

		expect((await prepared(entry({ submissions: [other] }))).submission).toMatchObject({
			attempt: 1,
			studentName: ' Noor Haddad '
		});
		expect((await prepared(entry({ submissions: [other, own] }))).receipt.attempt).toBe(2);
	});
});

describe('storeSubmission', () => {
	it('stores the submission and then discards the draft', async () => {
		const ready = await prepared();
		const store = fakeStore([entry()], true);
		let discarded = false;

		const stored = storeSubmission(ready, store, () => (discarded = true));

		expect(stored).toBe(true);
		expect(store.kept?.[0]?.submissions).toEqual([ready.submission]);
		expect(discarded).toBe(true);
	});

	it('keeps the draft when storage refuses the submission, and says so', async () => {
		const ready = await prepared();
		let discarded = false;

		const stored = storeSubmission(ready, fakeStore([entry()], false), () => (discarded = true));

		expect(stored).toBe(false);
		expect(discarded).toBe(false);
	});

	it('stores the same submission once on a later try, after a refusal', async () => {
		const ready = await prepared();
		storeSubmission(ready, fakeStore([entry()], false), () => {});
		const later = fakeStore([entry()], true);

		expect(storeSubmission(ready, later, () => {})).toBe(true);
		expect(later.kept?.[0]?.submissions).toEqual([ready.submission]);
	});

	it('puts the module back with the submission when storage no longer holds it', async () => {
		const ready = await prepared();
		const other = entry({ assignment: { ...assignment, id: 'm-other' } });
		const store = fakeStore([other], true);

		storeSubmission(ready, store, () => {});

		expect(store.kept?.map((e) => e.assignment.id)).toEqual(['m-submit', 'm-other']);
		expect(store.kept?.[0]?.submissions).toEqual([ready.submission]);
	});
});
