import type { QuizGrade } from '../grade';
import {
	recordSubmission,
	submissionsBy,
	type AssignedModule,
	type Submission
} from '../../teaching/library';
import type { Response } from '../question';
import type { Receipt } from '../../teaching/receipt';
import { buildReceipt } from './build-receipt';

/**
 * A finished sitting made ready before anything is stored: the receipt as a code and as a file,
 * so they can be shown to the student even when this device cannot keep them.
 */
export interface PreparedSubmission {
	/** The module as it was when the sitting ended; put back if storage lost it meanwhile. */
	entry: AssignedModule;
	receipt: Receipt;
	submission: Submission;
	fileName: string;
	fileText: string;
}

/**
 * Builds and encodes the receipt of a finished sitting; its attempt number follows the
 * submissions `entry` already holds. Rejects where the browser cannot encode (no secure context).
 *
 * @example const prepared = await prepareSubmission({ entry, studentName, finished, timesMs });
 */
export async function prepareSubmission(sitting: {
	entry: AssignedModule;
	studentName: string;
	finished: {
		startedAt: number;
		finishedAt: number;
		responses: Record<string, Response>;
		result: Pick<QuizGrade, 'percent' | 'perQuestion'>;
	};
	timesMs: Record<string, number>;
}): Promise<PreparedSubmission> {
	const { entry, finished } = sitting;
	const attempt = submissionsBy(entry, sitting.studentName).length + 1;
	const receipt = buildReceipt({
		assignment: entry.assignment,
		studentName: sitting.studentName,
		attempt,
		startedAt: finished.startedAt,
		finishedAt: finished.finishedAt,
		responses: finished.responses,
		grades: finished.result.perQuestion,
		timesMs: sitting.timesMs
	});
	// Loaded at the submit: the quiz page need not carry the compression library the code uses.
	const { encodeReceipt } = await import('../../teaching/receipt/encode-receipt');
	const { code: receiptCode, fileName, fileText } = await encodeReceipt(receipt);
	return {
		entry,
		receipt,
		submission: {
			attempt,
			finishedAt: finished.finishedAt,
			percent: finished.result.percent,
			receiptCode,
			studentName: sitting.studentName
		},
		fileName,
		fileText
	};
}

/** The student's stored modules: the list as read, and a write that says whether it was kept. */
export interface SubmissionStore {
	readonly items: readonly AssignedModule[];
	set(items: AssignedModule[]): boolean;
}

/**
 * Adds the submission to the stored list and, only once it is stored, discards the sitting's
 * draft: a failed save loses nothing, and the same prepared submission can be stored again later
 * (pass a store read afresh). A module the list no longer holds is put back with it.
 * Returns whether the submission was stored.
 *
 * @example if (!storeSubmission(prepared, assignedModules(), discardDraft)) showReceiptAndRetry();
 */
export function storeSubmission(
	prepared: PreparedSubmission,
	store: SubmissionStore,
	discardDraft: () => void
): boolean {
	const id = prepared.entry.assignment.id;
	const held = store.items.some((entry) => entry.assignment.id === id);
	const items = held ? store.items : [prepared.entry, ...store.items];
	const stored = store.set(recordSubmission(items, id, prepared.submission));
	if (stored) discardDraft();
	return stored;
}
