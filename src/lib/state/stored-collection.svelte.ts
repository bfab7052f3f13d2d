import type { StoredList } from '$lib/library/stored-list';
import { browserStorage } from './browser-storage.svelte';

type ListStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * A list kept in localStorage as reactive state: read once (damaged entries left out, an
 * unreadable value copied aside before anything overwrites it) and written on every change.
 * Storage that is blocked or full leaves the list working in memory, with a notice saying so.
 */
export class StoredCollection<T> {
	readonly #key: string;
	readonly #storage: ListStorage | null;
	items = $state<T[]>([]);
	notice = $state('');

	constructor(
		key: string,
		read: (text: string | null) => StoredList<T>,
		storage: ListStorage | null = browserStorage(),
		now: () => number = Date.now
	) {
		this.#key = key;
		this.#storage = storage;
		if (!storage) {
			this.notice =
				'This browser does not let Lectern save here: your work lasts until you close the tab.';
			return;
		}
		const text = storage.getItem(key);
		const stored = read(text);
		this.items = stored.items;
		if (stored.unreadable && text !== null) {
			const aside = `${key}.unreadable.${now()}`;
			storage.setItem(aside, text);
			this.notice = `Saved data here could not be read; it was kept aside as "${aside}".`;
		} else if (stored.skipped > 0) {
			this.notice = `${stored.skipped} damaged ${stored.skipped === 1 ? 'entry was' : 'entries were'} left out.`;
		}
	}

	set(items: T[]): boolean {
		this.items = items;
		if (!this.#storage) return false;
		try {
			this.#storage.setItem(this.#key, JSON.stringify(items));
			return true;
		} catch {
			this.notice = 'Storage on this device is full: the latest change was not saved.';
			return false;
		}
	}
}
