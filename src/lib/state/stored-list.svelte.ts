import { ListStore, type ListDefinition, type StorageLike } from '$lib/core/storage';

import { browserStorage } from './browser-storage.svelte';
import { followStorage, type StorageEvents } from './follow-storage';

/**
 * A stored list as reactive state: `items` and `notice` for the page, `set` to change the list
 * (see `ListStore` for what a save guarantees). A page that shows the list for long calls
 * `follow` to see other tabs' writes as they happen.
 */
export class StoredListState<T> {
	readonly #store: ListStore<T>;
	readonly #key: string;
	readonly #storage: StorageLike | null;
	items = $state<T[]>([]);
	notice = $state('');

	constructor(
		definition: ListDefinition<T>,
		storage: StorageLike | null = browserStorage(),
		now: () => number = Date.now
	) {
		this.#store = new ListStore(definition, storage, now);
		this.#key = definition.key;
		this.#storage = storage;
		const { items, notice } = this.#store.load();
		this.items = items;
		this.notice = notice;
	}

	/**
	 * Shows what other tabs store as they store it. @returns the function that stops following.
	 *
	 * @example onMount(() => list.follow())
	 */
	follow(events: StorageEvents = window): () => void {
		if (!this.#storage) return () => {};
		return followStorage(
			events,
			this.#storage,
			(key) => key === this.#key || key === null,
			() => {
				const fresh = this.#store.reload();
				if (!fresh) return;
				this.items = fresh.items;
				if (fresh.notice) this.notice = fresh.notice;
			}
		);
	}

	/** What another tab may have stored since, without adopting it: see `ListStore.peek`. */
	peek(): T[] {
		return this.#store.peek();
	}

	/** @returns whether storage took the change; when not, `notice` says why and the list lives on in memory. */
	set(items: T[]): boolean {
		const result = this.#store.save(items);
		this.items = result.items;
		if (result.notice) this.notice = result.notice;
		return result.saved;
	}
}
