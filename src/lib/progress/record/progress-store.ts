import {
	writeBackup,
	isQuotaExceeded,
	type StorageLike,
	fingerprintKey,
	PROGRESS_KEY
} from '../../core/storage';
import { compactOldest } from './compact';
import { applyExternalChange } from './external-change';
import { mergeStates } from './merge-states';
import { readStored } from './read-stored';
import type { ProgressChange } from './progress-change';
import { emptyState, PROGRESS_VERSION, type ProgressState } from './state';
import { decodeOwnProgress, encodeProgress, type StoredProgress } from './stored-progress';
import { fnv1a32 } from '../../core/hash';

/** Something the UI should tell the student after loading. */
export type LoadNotice =
	/** Old-format data was upgraded; the original is kept under `backupKey`. */
	| { kind: 'migrated'; from: number; backupKey: string | null }
	/** Some entries were damaged and left out; the original text is kept under `backupKey`. */
	| { kind: 'repaired'; errors: string[]; backupKey: string; migratedFrom?: number }
	/** Nothing was readable; the text was set aside under `backupKey` and progress starts empty. */
	| { kind: 'corrupt-backed-up'; errors: string[]; backupKey: string }
	/** Unreadable data could not be set aside (storage full), so it is left untouched and nothing is saved. */
	| { kind: 'unreadable-kept'; errors: string[] }
	/** A newer Lectern wrote this; it is left untouched (and copied to `backupKey`) and nothing is saved. */
	| { kind: 'future-version'; version: number; backupKey: string | null }
	/** Storage is missing or blocked: progress lasts only until the page closes. */
	| { kind: 'unavailable' };

interface LoadResult {
	state: ProgressState;
	/** False when progress will not outlive the page; the notice says why. */
	persistent: boolean;
	notice?: LoadNotice;
}

export type NotSavedReason = 'unavailable' | 'quota' | 'future-version' | 'unreadable-kept';

export type SaveResult =
	/** `compacted`: how many old attempts were reduced to summaries to make it fit. */
	| { saved: true; state: ProgressState; compacted: number }
	| { saved: false; state: ProgressState; reason: NotSavedReason };

/**
 * Progress in one storage key, for the Svelte binding to wrap. Holds the latest state; every change
 * goes through a pure function and then `save`, which re-reads the key and merges first so two tabs
 * never overwrite each other's attempts. Never throws on storage trouble: it reports it.
 *
 * @example
 * const store = new ProgressStore(localStorage, () => new Date());
 * const { state, notice } = store.load();
 * store.update(attemptRecorded(buildAttempt({ ... })));
 */
export class ProgressStore {
	readonly #storage: StorageLike | null;
	readonly #now: () => Date;
	readonly #key: string;
	#state: ProgressState = emptyState();
	/** Set once progress can no longer be written; saves then only update the state in memory. */
	#memoryOnly: NotSavedReason | null = null;
	/** The text this store last wrote or read whole: while the key holds it, no tab changed it. */
	#known: string | null = null;

	constructor(storage: StorageLike | null, now: () => Date, key = PROGRESS_KEY) {
		this.#storage = storage;
		this.#now = now;
		this.#key = key;
	}

	get state(): ProgressState {
		return this.#state;
	}

	get persistent(): boolean {
		return this.#memoryOnly === null;
	}

	/**
	 * Reads stored progress, migrating, repairing or setting it aside as needed; never throws.
	 * The notice tells the UI what to say (and which backup to offer for download).
	 *
	 * @example const { state, persistent, notice } = store.load();
	 */
	load(): LoadResult {
		const raw = this.#read();
		if (raw === undefined) return this.#loaded({ kind: 'unavailable' });
		const own = this.#readOwn(raw);
		if (own) {
			this.#state = own;
			this.#known = raw;
			return this.#loaded();
		}
		const read = readStored(raw);
		if (read.kind === 'ok' && read.skipped.length === 0) this.#known = raw;
		switch (read.kind) {
			case 'empty':
				this.#state = emptyState();
				return this.#loaded();
			case 'future': {
				this.#state = emptyState();
				this.#memoryOnly = 'future-version';
				const backupKey = this.#backup(raw);
				return this.#loaded({ kind: 'future-version', version: read.version, backupKey });
			}
			case 'unreadable': {
				this.#state = emptyState();
				const backupKey = this.#backup(raw);
				if (!backupKey) {
					this.#memoryOnly = 'unreadable-kept';
					return this.#loaded({ kind: 'unreadable-kept', errors: read.errors });
				}
				this.#remove();
				return this.#loaded({ kind: 'corrupt-backed-up', errors: read.errors, backupKey });
			}
			case 'ok':
				this.#state = read.state;
				return this.#loaded(this.#upgrade(raw, read.skipped, read.migratedFrom));
		}
	}

	/**
	 * Rewrites data that loaded only after a migration or with entries left out, keeping the
	 * original text as a backup first. Data with lost entries is never overwritten without one.
	 */
	#upgrade(raw: string | null, skipped: string[], migratedFrom?: number): LoadNotice | undefined {
		if (skipped.length === 0 && migratedFrom === undefined) return undefined;
		const backupKey = this.#backup(raw);
		if (skipped.length > 0 && !backupKey) {
			this.#memoryOnly = 'unreadable-kept';
			return { kind: 'unreadable-kept', errors: skipped };
		}
		this.#write(this.#state);
		if (skipped.length > 0 && backupKey) {
			return {
				kind: 'repaired',
				errors: skipped,
				backupKey,
				...(migratedFrom ? { migratedFrom } : {})
			};
		}
		return { kind: 'migrated', from: migratedFrom ?? this.#state.version, backupKey };
	}

	/**
	 * Makes `state` the current state and writes it, merged with whatever another tab stored since.
	 * When storage is full, old attempts are compacted into summaries (oldest first) until it fits.
	 * Adopt the returned `state`: it may hold the other tab's attempts, or summaries.
	 *
	 * @example const { saved, state } = store.save(recordAttempt(store.state, attempt, now));
	 */
	save(state: ProgressState): SaveResult {
		this.#state = state;
		if (this.#memoryOnly) return this.#notSaved(this.#memoryOnly);
		const raw = this.#read();
		if (raw === undefined) return this.#notSaved(this.#goMemoryOnly('unavailable'));
		// Unchanged since this store wrote or read it: nothing to merge.
		if (raw !== null && raw === this.#known) return this.#write(state);
		const own = this.#readOwn(raw);
		if (own) return this.#write(mergeStates(state, own));
		const read = readStored(raw);
		if (read.kind === 'future') return this.#notSaved(this.#goMemoryOnly('future-version'));
		const damaged = read.kind === 'unreadable' || (read.kind === 'ok' && read.skipped.length > 0);
		if (damaged && !this.#backup(raw)) {
			return this.#notSaved(this.#goMemoryOnly('unreadable-kept'));
		}
		const merged = read.kind === 'ok' ? mergeStates(state, read.state) : state;
		this.#state = merged;
		return this.#write(merged);
	}

	/** Applies one change (see `progress-change.ts`) to the current state, then saves it. */
	update(change: ProgressChange): SaveResult {
		return this.save(change(this.#state, this.#now()));
	}

	/** Merges an imported backup's state (see `previewImport` to show what changes first). */
	importState(incoming: ProgressState): SaveResult {
		return this.save(mergeStates(this.#state, incoming));
	}

	/** For the `storage` event of this key: folds the other tab's write in, without writing. */
	applyExternalChange(newRawValue: string | null): ProgressState {
		this.#state = applyExternalChange(this.#state, newRawValue);
		return this.#state;
	}

	#loaded(notice?: LoadNotice): LoadResult {
		if (notice?.kind === 'unavailable') this.#memoryOnly = 'unavailable';
		return { state: this.#state, persistent: this.persistent, ...(notice ? { notice } : {}) };
	}

	/** The stored text, null when there is none, undefined when storage cannot be read. */
	#read(): string | null | undefined {
		if (!this.#storage) return undefined;
		try {
			return this.#storage.getItem(this.#key);
		} catch {
			return undefined;
		}
	}

	#write(state: ProgressState): SaveResult {
		const storage = this.#storage;
		if (!storage) return this.#notSaved(this.#goMemoryOnly('unavailable'));
		let candidate = state;
		let compacted = 0;
		// Doubling batches: few retries for a large state, at most twice the compaction needed.
		for (let batch = 1; ; batch *= 2) {
			try {
				const text = JSON.stringify(encodeProgress(candidate));
				storage.setItem(this.#key, text);
				this.#known = text;
				this.#writeFingerprint(storage, text);
				this.#state = candidate;
				return { saved: true, state: candidate, compacted };
			} catch (error) {
				if (!isQuotaExceeded(error)) return this.#notSaved(this.#goMemoryOnly('unavailable'));
				const next = compactOldest(candidate, batch);
				// Nothing left to compact: keep every detail in memory rather than a compacted copy.
				if (next.compacted === 0) return this.#notSaved('quota');
				candidate = next.state;
				compacted += next.compacted;
			}
		}
	}

	/**
	 * Progress this app wrote itself, read without checking every entry again: the text matches the
	 * fingerprint written beside it. Anything else (another version, a hand edit, a failed
	 * fingerprint write) is undefined and goes through `readStored`, which checks it all.
	 */
	#readOwn(raw: string | null): ProgressState | undefined {
		if (raw === null || this.#storage === null) return undefined;
		try {
			if (this.#storage.getItem(fingerprintKey(this.#key)) !== fingerprintOf(raw)) return undefined;
			const stored = JSON.parse(raw) as StoredProgress;
			return stored.version === PROGRESS_VERSION ? decodeOwnProgress(stored) : undefined;
		} catch {
			return undefined;
		}
	}

	#writeFingerprint(storage: StorageLike, text: string): void {
		try {
			storage.setItem(fingerprintKey(this.#key), fingerprintOf(text));
		} catch {
			// An old fingerprint no longer matches the text, so the next load checks everything.
		}
	}

	#backup(raw: string | null): string | null {
		return this.#storage && raw !== null ? writeBackup(this.#storage, raw, this.#now()) : null;
	}

	#remove(): void {
		try {
			this.#storage?.removeItem(this.#key);
		} catch {
			// The next save finds the same unreadable text, already backed up, and overwrites it.
		}
	}

	#goMemoryOnly(reason: NotSavedReason): NotSavedReason {
		this.#memoryOnly = reason;
		return reason;
	}

	#notSaved(reason: NotSavedReason): SaveResult {
		return { saved: false, state: this.#state, reason };
	}
}

/** Length and hash: a changed text almost never keeps both (a hand edit, another version's write). */
const fingerprintOf = (text: string): string => `${text.length}:${fnv1a32(text).toString(36)}`;
