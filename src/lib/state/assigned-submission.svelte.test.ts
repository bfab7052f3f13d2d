import { afterEach, describe, expect, it, vi } from 'vitest';
import { gradeQuiz } from '$lib/quiz/grade';
import type { PreparedSubmission, SubmissionStore } from '$lib/quiz/assigned';
import type { Response } from '$lib/quiz/question';
import { singleChoice, trueFalse } from '$lib/quiz/question/test-factories';
import { decodeReceiptCode } from '$lib/teaching/receipt';
import type { AssignedModule } from '$lib/teaching/library';
import { DEFAULT_SETTINGS } from '$lib/teaching/sharing';
import type { StorageAvailability } from './browser-storage.svelte';
import { AssignedSubmission } from './assigned-submission.svelte';

const questions = [singleChoice({ id: 'q1' }), trueFalse({ id: 'q2' })];
const entry: AssignedModule = {
	assignment: {
		id: 'm-submit',
		title: 'T',
		body: 'Some text.',
		questions,
		settings: { ...DEFAULT_SETTINGS }
	},
	addedAt: 0,
	submissions: []
};
const responses: Record<string, Response> = { q1: { type: 'single-choice', selected: 0 } };
const sitting = {
	entry,
	studentName: 'Noor Haddad',
	finished: {
		moduleSlug: 'assigned-m-submit-s1',
		questions,
		responses,
		result: gradeQuiz(questions, responses),
		startedAt: 1_000,
		finishedAt: 61_000
	},
	timesMs: { q1: 5_000 }
};

/** This device's stored modules, taking writes only while `room` says there is room. */
function device(items: AssignedModule[] = [entry]) {
	const state = { items, room: true, availability: 'available' as StorageAvailability };
	const modules = (): SubmissionStore => ({
		items: state.items,
		set(next) {
			if (state.room) state.items = next;
			return state.room;
		}
	});
	return { state, modules, availability: () => state.availability };
}

function submitting(on = device()) {
	const stored: PreparedSubmission[] = [];
	const submission = new AssignedSubmission({
		onstored: (prepared) => stored.push(prepared),
		modules: on.modules,
		availability: on.availability
	});
	let discarded = 0;
	const discardDraft = () => discarded++;
	return { submission, stored, discardDraft, discarded: () => discarded };
}

afterEach(() => vi.restoreAllMocks());

describe('AssignedSubmission', () => {
	it('stores the submission with its receipt, then discards the draft and moves on', async () => {
		const on = device();
		const { submission, stored, discardDraft, discarded } = submitting(on);

		await submission.finish(sitting, discardDraft);

		expect(on.state.items[0]?.submissions).toHaveLength(1);
		expect(on.state.items[0]?.submissions[0]).toMatchObject({ attempt: 1, percent: 50 });
		expect(discarded()).toBe(1);
		expect(stored).toHaveLength(1);
		expect(submission.unsaved).toBeUndefined();
	});

	it('builds a receipt that decodes to the sitting', async () => {
		const { submission, stored, discardDraft } = submitting();

		await submission.finish(sitting, discardDraft);

		const decoded = await decodeReceiptCode(stored[0]!.submission.receiptCode);
		expect(decoded.ok && decoded.value).toMatchObject({
			assignmentId: 'm-submit',
			studentName: 'Noor Haddad',
			attempt: 1,
			startedAt: 1_000,
			finishedAt: 61_000,
			responses,
			timesMs: { q1: 5_000 }
		});
	});

	it('numbers the attempt after one another tab stored meanwhile', async () => {
		const earlier = { attempt: 1, finishedAt: 500, percent: 0, receiptCode: 'R1.x' };
		const on = device([{ ...entry, submissions: [earlier] }]);
		const { submission, stored, discardDraft } = submitting(on);

		await submission.finish(sitting, discardDraft);

		expect(stored[0]?.submission.attempt).toBe(2);
	});

	it('keeps the submission and the draft when storage is full, and stores it on a retry', async () => {
		const on = device();
		on.state.room = false;
		on.state.availability = 'full';
		const { submission, stored, discardDraft, discarded } = submitting(on);

		await submission.finish(sitting, discardDraft);
		expect(submission.unsaved?.reason).toBe('full');
		expect(submission.unsaved?.prepared.submission.receiptCode).toMatch(/^R1\./);
		expect(discarded()).toBe(0);
		expect(stored).toHaveLength(0);

		submission.retry();
		expect(submission.retried).toBe(true);
		expect(submission.unsaved).toBeDefined();

		on.state.room = true;
		submission.retry();
		expect(submission.unsaved).toBeUndefined();
		expect(on.state.items[0]?.submissions).toHaveLength(1);
		expect(discarded()).toBe(1);
		expect(stored).toHaveLength(1);
	});

	it('says storage is blocked when the browser gives none', async () => {
		const on = device();
		on.state.room = false;
		on.state.availability = 'blocked';
		const { submission, discardDraft } = submitting(on);

		await submission.finish(sitting, discardDraft);

		expect(submission.unsaved?.reason).toBe('blocked');
	});

	it('stores nothing and says why when the receipt cannot be made', async () => {
		vi.spyOn(globalThis.crypto.subtle, 'digest').mockRejectedValue(new Error('insecure context'));
		const on = device();
		const { submission, stored, discardDraft, discarded } = submitting(on);

		await submission.finish(sitting, discardDraft);

		expect(submission.problem).toContain('https');
		expect(on.state.items[0]?.submissions).toHaveLength(0);
		expect(discarded()).toBe(0);
		expect(stored).toHaveLength(0);
	});
});
