import { writeBackup } from './set-aside';
import { isQuotaExceeded, type StorageLike } from './storage-area';

/** One stored value: its key, how to read its text (undefined: unreadable) and how to write it. */
export interface ValueDefinition<T> {
	key: string;
	read: (text: string) => T | undefined;
	write: (value: T) => string;
}

type ValueSaveResult =
	| { saved: true }
	/** `kept-unreadable`: what is stored could not be read nor copied aside, so it stays as it is. */
	| { saved: false; reason: 'blocked' | 'full' | 'kept-unreadable' };

/**
 * A single value under one storage key (a quiz in progress, the student's name). What is stored
 * but cannot be read is copied aside once (listed on the Progress page) before anything is
 * written over it; storage trouble is reported, never thrown.
 *
 * @example
 * const drafts = new ValueStore(draftValue('kazakhstan-2022'), localStorage, Date.now);
 * drafts.load(); // the draft, or undefined when there is none (or it was set aside)
 * drafts.save(draft); // { saved: true }
 */
export class ValueStore<T> {
	readonly #definition: ValueDefinition<T>;
	readonly #storage: StorageLike | null;
	readonly #now: () => number;
	/** The text this store last wrote or read whole: no need to check it again before a write. */
	#known: string | null = null;

	constructor(definition: ValueDefinition<T>, storage: StorageLike | null, now: () => number) {
		this.#definition = definition;
		this.#storage = storage;
		this.#now = now;
	}

	/** The stored value; undefined when there is none, it cannot be read, or storage is blocked. */
	load(): T | undefined {
		const text = this.#text();
		if (text === undefined || text === null) return undefined;
		const value = this.#definition.read(text);
		if (value === undefined) this.#setAside(text);
		else this.#known = text;
		return value;
	}

	save(value: T): ValueSaveResult {
		const storage = this.#storage;
		const text = this.#text();
		if (!storage || text === undefined) return { saved: false, reason: 'blocked' };
		// A quiz saves its draft on every answer: only text this store did not write is read again.
		const unreadable =
			text !== null && text !== this.#known && this.#definition.read(text) === undefined;
		if (unreadable && !this.#setAside(text)) return { saved: false, reason: 'kept-unreadable' };
		try {
			const written = this.#definition.write(value);
			storage.setItem(this.#definition.key, written);
			this.#known = written;
			return { saved: true };
		} catch (error) {
			return { saved: false, reason: isQuotaExceeded(error) ? 'full' : 'blocked' };
		}
	}

	/** Deletes the value (a finished quiz's draft); nothing to do where storage is blocked. */
	remove(): void {
		try {
			this.#storage?.removeItem(this.#definition.key);
		} catch {
			// Blocked storage holds nothing to remove.
		}
	}

	/** The stored text: null when there is none, undefined when storage cannot be read. */
	#text(): string | null | undefined {
		try {
			return this.#storage ? this.#storage.getItem(this.#definition.key) : undefined;
		} catch {
			return undefined;
		}
	}

	/** @returns whether a copy exists now (an identical earlier copy counts). */
	#setAside(text: string): boolean {
		return writeBackup(this.#storage!, text, this.#now(), this.#definition.key) !== null;
	}
}
