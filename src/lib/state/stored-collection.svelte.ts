import { mergeById } from '$lib/store/merge-by-id';
import { writeStoredList, type StoredList } from '$lib/store/versioned-list';
import { writeBackup } from '$lib/store/set-aside';
import { isQuotaExceeded, type StorageLike } from '$lib/store/storage-area';
import { browserStorage } from './browser-storage.svelte';

type ListStorage = Pick<StorageLike, 'getItem' | 'setItem' | 'removeItem' | 'length' | 'key'>;

const OLD_ASIDE = /\.unreadable\.\d+$/;
/** Keys whose old copies this page has already adopted, per storage: once, not on every read. */
const adopted = new WeakMap<object, Set<string>>();

/**
 * A list kept in localStorage as reactive state. Nothing stored is lost: a value or entries that
 * cannot be read are copied aside once (listed on the Progress page) before anything is written
 * over them, and when that copy cannot be made nothing is written at all. Every write re-reads
 * the list and merges by id (`mergeById`), so two tabs never undo each other's edits; another
 * tab's writes show here as they happen. A full or blocked storage leaves the list working in
 * memory, with a notice saying which. A page that shows the list for long calls `follow` to see
 * other tabs' writes as they happen.
 */
export class StoredCollection<T> {
	readonly #key: string;
	readonly #storage: ListStorage | null;
	readonly #read: (text: string | null) => StoredList<T>;
	readonly #idOf: (item: T) => string;
	readonly #now: () => number;
	/** The list as this tab last read or wrote it: what a merge compares this tab's change with. */
	#base: T[] = [];
	items = $state<T[]>([]);
	notice = $state('');

	constructor(
		key: string,
		read: (text: string | null) => StoredList<T>,
		storage: ListStorage | null = browserStorage(),
		now: () => number = Date.now,
		idOf: (item: T) => string = (item) => JSON.stringify(item)
	) {
		this.#key = key;
		this.#storage = storage;
		this.#read = read;
		this.#idOf = idOf;
		this.#now = now;
		if (!storage) {
			this.notice =
				'This browser does not let Lectern save here: your work lasts until you close the tab.';
			return;
		}
		this.#adoptOldCopies(storage);
		const fresh = this.#readFresh();
		this.items = fresh ?? [];
		this.#base = [...this.items];
	}

	/**
	 * Shows what other tabs store as they store it. @returns the function that stops following.
	 *
	 * @example onMount(() => list.follow())
	 */
	follow(): () => void {
		const onStorage = (event: StorageEvent) => {
			if (!this.#storage || (event.key !== this.#key && event.key !== null)) return;
			const next = this.#readFresh();
			if (next) {
				this.items = next;
				this.#base = [...next];
			}
		};
		addEventListener('storage', onStorage);
		return () => removeEventListener('storage', onStorage);
	}

	/**
	 * Stores `items` as this tab's change, merged with whatever another tab stored meanwhile.
	 * @returns whether storage took it; when not, `notice` says why and the list lives on in memory.
	 */
	set(items: T[]): boolean {
		if (!this.#storage) {
			this.items = items;
			return false;
		}
		const stored = this.#readFresh();
		if (!stored) {
			this.items = items;
			return false;
		}
		const merged = mergeById(this.#base, items, stored, this.#idOf);
		this.items = merged;
		try {
			this.#storage.setItem(this.#key, writeStoredList(merged));
			this.#base = [...merged];
			return true;
		} catch (error) {
			this.notice = isQuotaExceeded(error)
				? 'Storage on this device is full: the latest change was not saved. Free some space (for example, delete copies set aside on the Progress page) and try again.'
				: 'This browser refused to save: the latest change was not saved.';
			return false;
		}
	}

	/**
	 * The stored list's readable entries, after copying aside anything in it that cannot be read;
	 * undefined when that copy could not be made, so the caller must not write.
	 */
	#readFresh(): T[] | undefined {
		const storage = this.#storage!;
		let text: string | null;
		try {
			text = storage.getItem(this.#key);
		} catch {
			return undefined;
		}
		const stored = this.#read(text);
		if (text === null || (!stored.unreadable && stored.skipped === 0)) return stored.items;
		const kept = writeBackup(storage as StorageLike, text, this.#now(), this.#key);
		const what = stored.unreadable
			? 'Saved data here could not be read'
			: `${stored.skipped} saved ${stored.skipped === 1 ? 'entry' : 'entries'} could not be read and ${stored.skipped === 1 ? 'was' : 'were'} left out`;
		if (kept === null) {
			this.notice = `${what}, and storage is too full to keep a copy, so Lectern will not save over it. Free some space and reload.`;
			return undefined;
		}
		this.notice = `${what}; a copy is kept under "Copies set aside" on the Progress page.`;
		return stored.items;
	}

	/** Copies an earlier version kept as `<key>.unreadable.<ms>` join the listed copies. */
	#adoptOldCopies(storage: ListStorage): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, nothing reacts to it
		const done = adopted.get(storage) ?? new Set<string>();
		adopted.set(storage, done);
		if (done.has(this.#key)) return;
		done.add(this.#key);
		try {
			const old: string[] = [];
			for (let i = 0; i < storage.length; i++) {
				const name = storage.key(i);
				if (name?.startsWith(`${this.#key}.`) && OLD_ASIDE.test(name)) old.push(name);
			}
			for (const name of old) {
				const text = storage.getItem(name);
				const at = Number(name.slice(name.lastIndexOf('.') + 1));
				const when = Number.isFinite(at) && at > 0 && at < 8.64e15 ? at : this.#now();
				if (text === null || writeBackup(storage as StorageLike, text, when, this.#key) !== null)
					storage.removeItem(name);
			}
		} catch {
			// Blocked storage has no old copies to adopt.
		}
	}
}
