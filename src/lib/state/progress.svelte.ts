import {
	emptyState,
	exportBackup,
	type ProgressState,
	type ProgressChange,
	ProgressStore,
	type LoadNotice,
	type SaveResult
} from '$lib/progress/record';

import {
	BACKUP_PREFIX,
	PROGRESS_KEY,
	SET_ASIDE_PREFIX,
	listBackups,
	readBackup,
	removeBackup,
	type BackupEntry,
	type StorageLike
} from '$lib/core/storage';
import { looksLikeSafari, type StorageStatus } from '$lib/progress/view';
import { browserStorage } from './browser-storage.svelte';
import { followStorage, type StorageEvents } from './follow-storage';

/** The browser features progress uses besides storage; tests pass their own. */
export interface ProgressEnvironment {
	/** `navigator.storage`, where the browser has it. */
	storageManager?: Pick<StorageManager, 'persist' | 'persisted'>;
	userAgent: string;
	/** Running as an installed app (home-screen or standalone window). */
	installed: boolean;
	/** Where other tabs' `storage` events arrive (the window). */
	events?: StorageEvents;
}

/** The store's clock; tests pass their own. */
const systemClock = (): Date => new Date();

function browserEnvironment(): ProgressEnvironment {
	if (typeof window === 'undefined') return { userAgent: '', installed: false };
	const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
	return {
		storageManager: 'storage' in navigator ? navigator.storage : undefined,
		userAgent: navigator.userAgent,
		installed: standalone || window.matchMedia?.('(display-mode: standalone)').matches === true,
		events: window
	};
}

/**
 * The student's progress as reactive state: loaded once from localStorage, saved on every change,
 * and kept in step with other tabs through the `storage` event. Also what the page needs to keep
 * progress safe: the load notice, the copies set aside in storage, and whether the browser promised
 * to keep storage (asked once, when there is progress worth keeping).
 */
export class Progress {
	readonly #store: ProgressStore;
	readonly #storage: StorageLike | null;
	readonly #environment: ProgressEnvironment;
	// Raw: every change replaces the state whole, and a deep proxy over 1,000 attempts made the
	// progress page's first task take 300 ms.
	#state = $state.raw<ProgressState>(emptyState());
	#persistent = $state(true);
	#notice = $state<LoadNotice | undefined>();
	#lastSave = $state.raw<SaveResult | undefined>();
	#backups = $state<BackupEntry[]>([]);
	/** undefined until the browser answers; null when it cannot be asked. */
	#persisted = $state<boolean | null | undefined>();
	#askedToPersist = false;

	constructor(
		storage: StorageLike | null = browserStorage(),
		environment: ProgressEnvironment = browserEnvironment(),
		now: () => Date = systemClock
	) {
		this.#storage = storage;
		this.#environment = environment;
		this.#store = new ProgressStore(storage, now);
		const loaded = this.#store.load();
		this.#state = loaded.state;
		this.#persistent = loaded.persistent;
		this.#notice = loaded.notice;
		this.#refreshBackups();
		followStorage(
			environment.events,
			storage,
			(key) =>
				key === null ||
				key === PROGRESS_KEY ||
				key.startsWith(BACKUP_PREFIX) ||
				key.startsWith(SET_ASIDE_PREFIX),
			(key, newValue) => {
				if (key === PROGRESS_KEY) this.#state = this.#store.applyExternalChange(newValue);
				else this.#refreshBackups();
			}
		);
		void this.#checkPersistence();
	}

	get state(): ProgressState {
		return this.#state;
	}

	/** False when progress will not outlive the page; `notice` or `lastSave` says why. */
	get persistent(): boolean {
		return this.#persistent;
	}

	/** What loading found, for the page to tell the student; undefined when all was well. */
	get notice(): LoadNotice | undefined {
		return this.#notice;
	}

	/** The outcome of the latest change made in this tab. */
	get lastSave(): SaveResult | undefined {
		return this.#lastSave;
	}

	/** Copies of unreadable, damaged or older-format progress set aside in storage, newest first. */
	get backups(): BackupEntry[] {
		return this.#backups;
	}

	get storageStatus(): StorageStatus {
		return {
			persisted: this.#persisted ?? null,
			safariLike: looksLikeSafari(this.#environment.userAgent),
			installed: this.#environment.installed
		};
	}

	/** @example progress.record(attemptRecorded(buildAttempt({ ... }))).saved */
	record(change: ProgressChange): SaveResult {
		const result = this.#remember(this.#store.update(change));
		void this.#askToPersist();
		return result;
	}

	/** Merges a parsed backup in; show `previewImport` first. */
	importState(incoming: ProgressState): SaveResult {
		const result = this.#remember(this.#store.importState(incoming));
		void this.#askToPersist();
		return result;
	}

	/** The whole progress as a backup file's text. @example download('lectern.json', progress.exportBackup()) */
	exportBackup(now: Date): string {
		return exportBackup(this.#state, now);
	}

	/**
	 * The raw text under a backup key, or under the progress key itself (unreadable data that could
	 * not be copied aside): exactly what was stored, for the student to download.
	 */
	readCopy(key: string): string | null {
		if (!this.#storage) return null;
		if (key !== PROGRESS_KEY) return readBackup(this.#storage, key);
		try {
			return this.#storage.getItem(PROGRESS_KEY);
		} catch {
			return null;
		}
	}

	removeBackup(key: string): void {
		if (this.#storage) removeBackup(this.#storage, key);
		this.#refreshBackups();
	}

	#remember(result: SaveResult): SaveResult {
		this.#lastSave = result;
		this.#state = this.#store.state;
		this.#persistent = this.#store.persistent;
		this.#refreshBackups();
		return result;
	}

	#refreshBackups(): void {
		this.#backups = this.#storage ? listBackups(this.#storage) : [];
	}

	async #checkPersistence(): Promise<void> {
		const manager = this.#environment.storageManager;
		if (!manager || !this.#storage) {
			this.#persisted = null;
			return;
		}
		try {
			this.#persisted = await manager.persisted();
		} catch {
			this.#persisted = null;
		}
		if (this.#state.attempts.length + this.#state.summaries.length > 0) await this.#askToPersist();
	}

	/**
	 * Asks the browser once to keep storage, only when there is progress to keep (Firefox shows the
	 * student a prompt, which would be baffling on a first visit).
	 */
	async #askToPersist(): Promise<void> {
		const manager = this.#environment.storageManager;
		if (!manager || !this.#storage || this.#askedToPersist || this.#persisted) return;
		this.#askedToPersist = true;
		try {
			this.#persisted = await manager.persist();
		} catch {
			// Some browsers refuse outside a user gesture; the status stays as `persisted()` said.
		}
	}
}

let shared: Progress | undefined;

/** The page's one Progress, created on first use in the browser (call it from `onMount`). */
export function useProgress(): Progress {
	shared ??= new Progress();
	return shared;
}
