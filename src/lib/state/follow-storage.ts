/** Where other tabs' `storage` events arrive: the window, or an `EventTarget` in tests. */
export type StorageEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/**
 * The one way a page follows what other tabs store: `onChange` runs for each write to a key that
 * `watches` accepts (`null` when another tab cleared storage), in `storage` only.
 * @returns the function that stops following.
 *
 * @example onMount(() => followStorage(window, localStorage, (key) => key === 'k', reload))
 */
export function followStorage(
	events: StorageEvents | undefined,
	storage: unknown,
	watches: (key: string | null) => boolean,
	onChange: (key: string | null, newValue: string | null) => void
): () => void {
	if (!events) return () => {};
	const listener = (event: Event) => {
		const { key, newValue, storageArea } = event as StorageEvent;
		if (storageArea && storageArea !== storage) return;
		if (watches(key)) onChange(key, newValue);
	};
	events.addEventListener('storage', listener);
	return () => events.removeEventListener('storage', listener);
}
