import {
	prepareSubmission,
	storeSubmission,
	type PreparedSubmission,
	type SubmissionStore
} from '$lib/quiz/assigned';
import type { AssignedModule } from '$lib/teaching/library';
import { storageAvailability, type StorageAvailability } from './browser-storage.svelte';
import { assignedModules } from './library.svelte';
import type { FinishedQuiz } from './quiz-session.svelte';

/** A finished sitting this device could not store yet, shown with its receipt until it is. */
interface SubmissionNotSaved {
	prepared: PreparedSubmission;
	/** `blocked`: the browser gives no storage at all, so trying again cannot help. */
	reason: 'full' | 'blocked';
	discardDraft: () => void;
}

interface AssignedSubmissionOptions {
	/** Called once the submission is stored: the page moves on to the results. */
	onstored: (prepared: PreparedSubmission) => void;
	/** The stored assigned modules, read afresh for every try (tests pass their own). */
	modules?: () => SubmissionStore;
	availability?: () => StorageAvailability;
}

const RECEIPT_PROBLEM =
	'Your receipt could not be made: this page must be opened over https (or from this computer).';

/**
 * Submitting an assigned module's finished sitting: builds the receipt, stores the submission and
 * only then discards the draft. When storage refuses, the submission is kept here (`unsaved`) with
 * its receipt to show, and `retry` stores it once there is room; nothing is lost either way.
 *
 * @example
 * const submission = new AssignedSubmission({ onstored: (p) => goto(resultsHref(p)) });
 * await submission.finish({ entry, studentName, finished, timesMs }, discardDraft);
 */
export class AssignedSubmission {
	/** Why no receipt could be made, if it could not. */
	problem = $state('');
	unsaved = $state.raw<SubmissionNotSaved>();
	/** A retry failed too: there is still not enough room. */
	retried = $state(false);
	readonly #onstored: (prepared: PreparedSubmission) => void;
	readonly #modules: () => SubmissionStore;
	readonly #availability: () => StorageAvailability;

	constructor(options: AssignedSubmissionOptions) {
		this.#onstored = options.onstored;
		this.#modules = options.modules ?? assignedModules;
		this.#availability = options.availability ?? storageAvailability;
	}

	/**
	 * Prepares and stores the sitting. The receipt counts the attempts the module holds as stored
	 * now (another tab may have added one), not as the page loaded it.
	 */
	async finish(
		sitting: {
			entry: AssignedModule;
			studentName: string;
			finished: FinishedQuiz;
			timesMs: Record<string, number>;
		},
		discardDraft: () => void
	): Promise<void> {
		const modules = this.#modules();
		const id = sitting.entry.assignment.id;
		const entry = modules.items.find((e) => e.assignment.id === id) ?? sitting.entry;
		let prepared: PreparedSubmission;
		try {
			prepared = await prepareSubmission({ ...sitting, entry });
		} catch {
			this.problem = RECEIPT_PROBLEM;
			return;
		}
		this.#store(prepared, modules, discardDraft);
	}

	/** Tries again to store the unsaved submission, against storage as it is now. */
	retry(): void {
		if (!this.unsaved) return;
		this.retried = !this.#store(this.unsaved.prepared, this.#modules(), this.unsaved.discardDraft);
	}

	#store(
		prepared: PreparedSubmission,
		modules: SubmissionStore,
		discardDraft: () => void
	): boolean {
		if (!storeSubmission(prepared, modules, discardDraft)) {
			const reason = this.#availability() === 'blocked' ? 'blocked' : 'full';
			this.unsaved = { prepared, reason, discardDraft };
			return false;
		}
		this.unsaved = undefined;
		this.#onstored(prepared);
		return true;
	}
}
