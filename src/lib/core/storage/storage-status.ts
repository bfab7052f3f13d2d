import { PROBE_KEY } from './keys';
import { isQuotaExceeded, type StorageLike } from './storage-area';

/**
 * What a storage error means for the student: `full` (nothing more fits, but reading works),
 * `blocked` (the browser refuses storage to this page), or `other` (anything else).
 *
 * @example classifyStorageError(new DOMException('no', 'SecurityError')) // 'blocked'
 */
type StorageErrorKind = 'full' | 'blocked' | 'other';

export function classifyStorageError(error: unknown): StorageErrorKind {
	if (isQuotaExceeded(error)) return 'full';
	if (typeof error !== 'object' || error === null) return 'other';
	const { name, code } = error as { name?: unknown; code?: unknown };
	// SecurityError is code 18: storage disabled by settings, or a sandboxed or opaque origin.
	return name === 'SecurityError' || code === 18 ? 'blocked' : 'other';
}

/**
 * Whether storage can be used: `available`; `full`, where saved data can still be read (and
 * compacted to make room) but no new key fits; or `blocked`, where there is no storage to read.
 */
export type StorageProbe<S> =
	{ status: 'available'; storage: S } | { status: 'full'; storage: S } | { status: 'blocked' };

/**
 * Opens storage and writes and removes one small key to see whether it can be used. `open` may
 * throw (some browsers throw on the mere access to `localStorage`) or return nothing.
 *
 * Invariant: `full` only when the storage already holds something. A storage that refuses even
 * its first key is not full of anything: it is a browser that gives this page no room (old
 * Safari's private mode throws QuotaExceededError on every write), so it counts as `blocked`.
 * Errors that are neither full nor blocked count as `blocked` too: nothing can be relied on.
 *
 * @example probeStorage(() => localStorage).status // 'available'
 */
export function probeStorage<S extends Pick<StorageLike, 'setItem' | 'removeItem' | 'length'>>(
	open: () => S | null | undefined
): StorageProbe<S> {
	let storage: S | null | undefined;
	try {
		storage = open();
	} catch {
		return { status: 'blocked' };
	}
	if (!storage) return { status: 'blocked' };
	try {
		storage.setItem(PROBE_KEY, '1');
		storage.removeItem(PROBE_KEY);
		return { status: 'available', storage };
	} catch (error) {
		return classifyStorageError(error) === 'full' && holdsSomething(storage)
			? { status: 'full', storage }
			: { status: 'blocked' };
	}
}

function holdsSomething(storage: Pick<StorageLike, 'length'>): boolean {
	try {
		return storage.length > 0;
	} catch {
		return false;
	}
}
