/**
 * The part of the Web Storage API the store uses, so tests and the benchmark pass an in-memory fake
 * (memory-storage.ts) and only the Svelte binding hands in `localStorage`. `length` and `key` let
 * backups be listed without keeping an index of them.
 */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	readonly length: number;
	key(index: number): string | null;
}

/**
 * Whether a storage error means "full". Browsers disagree: a DOMException named
 * QuotaExceededError (code 22) in most, NS_ERROR_DOM_QUOTA_REACHED (code 1014) in old Firefox.
 *
 * @example isQuotaExceeded(new DOMException('full', 'QuotaExceededError')) // true
 */
export function isQuotaExceeded(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name, code } = error as { name?: unknown; code?: unknown };
	return (
		name === 'QuotaExceededError' ||
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		code === 22 ||
		code === 1014
	);
}
