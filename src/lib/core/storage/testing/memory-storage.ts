import type { StorageLike } from '../storage-area';

interface MemoryStorageOptions {
	/** Throw QuotaExceededError when the contents would pass this many bytes (UTF-16, as browsers count). */
	quotaBytes?: number;
	/** Throw SecurityError on every access, as a browser does with storage blocked. */
	blocked?: boolean;
}

/**
 * An in-memory `Storage` for tests, the benchmark and Node, able to act full or blocked.
 *
 * @example new MemoryStorage({ quotaBytes: 50_000 })
 */
export class MemoryStorage implements StorageLike {
	readonly #items = new Map<string, string>();
	readonly #options: MemoryStorageOptions;

	constructor(options: MemoryStorageOptions = {}) {
		this.#options = options;
	}

	get length(): number {
		this.#checkAccess();
		return this.#items.size;
	}

	key(index: number): string | null {
		this.#checkAccess();
		return [...this.#items.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		this.#checkAccess();
		return this.#items.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		this.#checkAccess();
		const { quotaBytes } = this.#options;
		if (quotaBytes !== undefined) {
			const previous = this.#items.get(key);
			const after =
				this.bytesUsed() -
				(previous === undefined ? 0 : entryBytes(key, previous)) +
				entryBytes(key, value);
			if (after > quotaBytes) {
				throw new DOMException(
					`Storage quota of ${quotaBytes} bytes exceeded`,
					'QuotaExceededError'
				);
			}
		}
		this.#items.set(key, String(value));
	}

	removeItem(key: string): void {
		this.#checkAccess();
		this.#items.delete(key);
	}

	bytesUsed(): number {
		let bytes = 0;
		for (const [key, value] of this.#items) bytes += entryBytes(key, value);
		return bytes;
	}

	#checkAccess(): void {
		if (this.#options.blocked) {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		}
	}
}

const entryBytes = (key: string, value: string): number => (key.length + value.length) * 2;
