import { probeStorage, type StorageProbe } from '$lib/core/storage';

/** Whether this browser's localStorage can be used now; see `probeStorage`. */
export type StorageAvailability = StorageProbe<Storage>['status'];

/**
 * The browser's localStorage, or null where it is missing or blocked (some private modes and
 * locked-down devices throw on the mere access). Storage that is full is still returned: what it
 * holds can be read, and the stores that write to it report (or compact to fit) what does not fit.
 * The only place the app reaches for it.
 */
export function browserStorage(): Storage | null {
	const probe = probeStorage(() => globalThis.localStorage);
	return probe.status === 'blocked' ? null : probe.storage;
}

/** @example storageAvailability() // 'full' when not one more key fits */
export function storageAvailability(): StorageAvailability {
	return probeStorage(() => globalThis.localStorage).status;
}
