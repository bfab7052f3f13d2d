/**
 * The browser's localStorage, or null where it is missing or blocked (some private modes and
 * locked-down devices throw on the mere access). The only place the app reaches for it.
 */
export function browserStorage(): Storage | null {
	try {
		const storage = globalThis.localStorage;
		const probe = 'lectern.probe';
		storage.setItem(probe, '1');
		storage.removeItem(probe);
		return storage;
	} catch {
		return null;
	}
}
