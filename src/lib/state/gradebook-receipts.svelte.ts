import type { Assignment } from '$lib/teaching/sharing';
import {
	gradebookReceiptsList,
	importReceiptTexts,
	mergeReceipts,
	type ReceiptText
} from '$lib/teaching/gradebook';
import type { StorageLike } from '$lib/core/storage';
import { browserStorage } from './browser-storage.svelte';
import { StoredListState } from './stored-list.svelte';

/** What one import did: how many receipts joined, and why the others did not. */
export type ImportReport = { added: number; problems: string[]; saved: boolean };

/** Far above any receipt file (at most 500,000 characters); bigger files are not read at all. */
const MAX_FILE_BYTES = 2_000_000;

/**
 * The receipts imported for one module, kept on this device as the texts they came in and
 * decoded again on every load. A text that no longer decodes stays stored (it is reported, never
 * dropped); only "Remove all" deletes.
 */
export class GradebookReceipts {
	readonly #assignmentId: string;
	readonly #texts: StoredListState<string>;
	readonly #loading: Promise<void>;
	// Raw: only ever replaced whole, and receipts are large enough not to want deep proxies.
	#imported = $state.raw<ReceiptText[]>([]);
	#unreadable = $state.raw<string[]>([]);
	#ready = $state(false);
	#reading = $state.raw<{ done: number; total: number } | undefined>();

	constructor(assignment: Pick<Assignment, 'id'>, storage: StorageLike | null = browserStorage()) {
		this.#assignmentId = assignment.id;
		this.#texts = new StoredListState(gradebookReceiptsList(assignment.id), storage);
		this.#loading = this.#load();
	}

	async #load(): Promise<void> {
		const { imported, errors } = await importReceiptTexts(this.#texts.items, [], this.#yield);
		this.#imported = imported;
		this.#unreadable = errors;
		this.#reading = undefined;
		this.#ready = true;
	}

	/** Between batches: shows how far reading has got, then lets the browser paint and respond. */
	#yield = async (done: number, total: number): Promise<void> => {
		this.#reading = { done, total };
		await new Promise((resolve) => setTimeout(resolve, 0));
	};

	/** How many of a long list of receipts have been read, while reading; undefined otherwise. */
	get reading(): { done: number; total: number } | undefined {
		return this.#reading;
	}

	/** False until the stored receipts have been decoded. */
	get ready(): boolean {
		return this.#ready;
	}

	get imported(): readonly ReceiptText[] {
		return this.#imported;
	}

	/** How many receipt texts are stored, those that no longer decode included. */
	get storedCount(): number {
		return this.#texts.items.length;
	}

	/** What went wrong reading or saving the stored list, if anything. */
	get notice(): string {
		return this.#texts.notice;
	}

	/** Stored receipts that no longer decode, each with why. */
	get unreadable(): readonly string[] {
		return this.#unreadable;
	}

	/**
	 * Decodes pasted codes or files' contents and stores those that count. Nothing stored changes
	 * unless at least one receipt is added, and then only by adding.
	 *
	 * @example await receipts.add([pasted]) // { added: 2, problems: ['Receipt 3: …'], saved: true }
	 */
	async add(
		texts: readonly string[],
		fileNames: readonly (string | undefined)[] = []
	): Promise<ImportReport> {
		await this.#loading;
		await this.#catchUp();
		const decoded = await importReceiptTexts(texts, fileNames, this.#yield);
		this.#reading = undefined;
		// Merged after the last await, so two imports at once cannot both add the same receipt.
		const merged = mergeReceipts(this.#assignmentId, this.#imported, decoded.imported);
		const problems = [...decoded.errors, ...merged.problems];
		if (merged.added.length === 0) return { added: 0, problems, saved: true };
		const saved = this.#texts.set([
			...this.#texts.items,
			...merged.added.map((entry) => entry.text)
		]);
		this.#imported = [...this.#imported, ...merged.added];
		return { added: merged.added.length, problems, saved };
	}

	/**
	 * Takes in receipts another tab stored since this page loaded: the next write replaces the
	 * stored list, and must not drop them.
	 */
	async #catchUp(): Promise<void> {
		const stored = this.#texts.peek();
		const missing = stored.filter((text) => !this.#texts.items.includes(text));
		if (missing.length === 0) return;
		const { imported } = await importReceiptTexts(missing);
		// Compared again after the await: an import in this tab may have stored some meanwhile.
		const known = [...this.#texts.items];
		this.#texts.items = [...known, ...missing.filter((text) => !known.includes(text))];
		this.#imported = [
			...this.#imported,
			...imported.filter((entry) => !known.includes(entry.text))
		];
	}

	/** @example await receipts.addFiles([...input.files]) */
	async addFiles(files: readonly File[]): Promise<ImportReport> {
		const texts: string[] = [];
		const names: string[] = [];
		const unread: string[] = [];
		for (const file of files) {
			if (file.size > MAX_FILE_BYTES) {
				unread.push(`"${file.name}" is far too large to be a receipt; it was not read.`);
				continue;
			}
			try {
				texts.push(await file.text());
				names.push(file.name);
			} catch {
				unread.push(`"${file.name}" could not be read. Try choosing it again.`);
			}
		}
		const report = await this.add(texts, names);
		return { ...report, problems: [...unread, ...report.problems] };
	}

	/** Deletes every stored receipt of this module. @returns whether storage took the change. */
	async clear(): Promise<boolean> {
		await this.#loading;
		this.#imported = [];
		this.#unreadable = [];
		return this.#texts.set([]);
	}
}
