import { mergeById } from './merge-by-id';
import { writeBackup } from './set-aside';
import { isQuotaExceeded, type StorageLike } from './storage-area';
import { writeStoredList, type StoredList } from './versioned-list';

/** One stored list: its key, how to read its text, and what identifies an entry. */
export interface ListDefinition<T> {
	key: string;
	read: (text: string | null) => StoredList<T>;
	/** Two entries with one id are one entry in two versions (the merge keeps this tab's change). */
	idOf: (item: T) => string;
}

/** What a read or a write left the list as, and what to tell the user ('' when nothing). */
interface ListState<T> {
	items: T[];
	notice: string;
}

const BLOCKED =
	'This browser does not let Lectern save here: your work lasts until you close the tab.';
const FULL =
	'Storage on this device is full: the latest change was not saved. Free some space (for example, delete copies set aside on the Progress page) and try again.';
const REFUSED = 'This browser refused to save: the latest change was not saved.';
const OLD_ASIDE = /\.unreadable\.\d+$/;
/** Keys whose old copies were already adopted, per storage: a scan of every key once, not per read. */
const adopted = new WeakMap<object, Set<string>>();

/**
 * A list kept under one storage key. Nothing stored is lost: a value or entries that cannot be
 * read are copied aside once (listed on the Progress page) before anything is written over them,
 * and when that copy cannot be made nothing is written at all. Every write re-reads the list and
 * merges by id with what this tab last saw, so two tabs never undo each other's edits. A full or
 * blocked storage is reported, never thrown; the caller keeps the list in memory.
 *
 * @example
 * const modules = new ListStore(definition, localStorage, Date.now);
 * const { items } = modules.load();
 * modules.save([module, ...items]); // { items, notice: '', saved: true }
 */
export class ListStore<T> {
	readonly #definition: ListDefinition<T>;
	readonly #storage: StorageLike | null;
	readonly #now: () => number;
	/** The list as this tab last read or wrote it: what a merge compares this tab's change with. */
	#base: T[] = [];

	constructor(definition: ListDefinition<T>, storage: StorageLike | null, now: () => number) {
		this.#definition = definition;
		this.#storage = storage;
		this.#now = now;
	}

	/** Reads the list, adopting copies an earlier version left and setting aside what is unreadable. */
	load(): ListState<T> {
		if (!this.#storage) return { items: [], notice: BLOCKED };
		this.#adoptOldCopies(this.#storage);
		const fresh = this.#readFresh();
		this.#base = [...fresh.items];
		return { items: fresh.items, notice: fresh.notice };
	}

	/** The list as stored now, e.g. after another tab wrote it; undefined when it may not be used. */
	reload(): ListState<T> | undefined {
		if (!this.#storage) return undefined;
		const fresh = this.#readFresh();
		if (!fresh.writable) return undefined;
		this.#base = [...fresh.items];
		return { items: fresh.items, notice: fresh.notice };
	}

	/** The readable entries stored now, read without setting anything aside or writing. */
	peek(): T[] {
		try {
			return this.#definition.read(this.#storage?.getItem(this.#definition.key) ?? null).items;
		} catch {
			return [];
		}
	}

	/**
	 * Stores `items` as this tab's change, merged with whatever another tab stored meanwhile.
	 * `items` in the answer is the merged list to show; `saved` says whether storage took it.
	 */
	save(items: T[]): ListState<T> & { saved: boolean } {
		if (!this.#storage) return { items, notice: BLOCKED, saved: false };
		const stored = this.#readFresh();
		if (!stored.writable) return { items, notice: stored.notice, saved: false };
		const merged = mergeById(this.#base, items, stored.items, this.#definition.idOf);
		try {
			this.#storage.setItem(this.#definition.key, writeStoredList(merged));
			this.#base = [...merged];
			return { items: merged, notice: stored.notice, saved: true };
		} catch (error) {
			return { items: merged, notice: isQuotaExceeded(error) ? FULL : REFUSED, saved: false };
		}
	}

	/**
	 * The stored list's readable entries, after copying aside anything in it that cannot be read;
	 * not writable when that copy could not be made (or the key cannot be read), so no one writes.
	 */
	#readFresh(): { items: T[]; notice: string; writable: boolean } {
		const storage = this.#storage!;
		let text: string | null;
		try {
			text = storage.getItem(this.#definition.key);
		} catch {
			return { items: [], notice: BLOCKED, writable: false };
		}
		const stored = this.#definition.read(text);
		if (text === null || (!stored.unreadable && stored.skipped === 0))
			return { items: stored.items, notice: '', writable: true };
		const kept = writeBackup(storage, text, this.#now(), this.#definition.key);
		const what = stored.unreadable
			? 'Saved data here could not be read'
			: `${stored.skipped} saved ${stored.skipped === 1 ? 'entry' : 'entries'} could not be read and ${stored.skipped === 1 ? 'was' : 'were'} left out`;
		if (kept === null) {
			return {
				items: stored.items,
				notice: `${what}, and storage is too full to keep a copy, so Lectern will not save over it. Free some space and reload.`,
				writable: false
			};
		}
		return {
			items: stored.items,
			notice: `${what}; a copy is kept under "Copies set aside" on the Progress page.`,
			writable: true
		};
	}

	/** Copies an earlier version kept as `<key>.unreadable.<ms>` join the listed copies, once. */
	#adoptOldCopies(storage: StorageLike): void {
		const { key } = this.#definition;
		const done = adopted.get(storage) ?? new Set<string>();
		adopted.set(storage, done);
		if (done.has(key)) return;
		done.add(key);
		try {
			const old: string[] = [];
			for (let i = 0; i < storage.length; i++) {
				const name = storage.key(i);
				if (name?.startsWith(`${key}.`) && OLD_ASIDE.test(name)) old.push(name);
			}
			for (const name of old) {
				const text = storage.getItem(name);
				const at = Number(name.slice(name.lastIndexOf('.') + 1));
				const when = Number.isFinite(at) && at > 0 && at < 8.64e15 ? at : this.#now();
				if (text === null || writeBackup(storage, text, when, key) !== null)
					storage.removeItem(name);
			}
		} catch {
			// Blocked storage has no old copies to adopt.
		}
	}
}
