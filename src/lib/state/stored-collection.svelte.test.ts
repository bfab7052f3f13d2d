import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { readStoredList } from '$lib/library/stored-list';
import { MemoryStorage } from '$lib/progress/memory-storage';
import { StoredCollection } from './stored-collection.svelte';

const read = (text: string | null) => readStoredList(text, v.number());

describe('StoredCollection', () => {
	it('loads, saves and loads again', () => {
		const storage = new MemoryStorage();
		new StoredCollection('k', read, storage).set([1, 2]);
		expect(new StoredCollection('k', read, storage).items).toEqual([1, 2]);
	});

	it('copies an unreadable value aside before anything can overwrite it', () => {
		const storage = new MemoryStorage();
		storage.setItem('k', '{not json');
		const list = new StoredCollection('k', read, storage, () => 42);
		expect(list.items).toEqual([]);
		expect(list.notice).toContain('k.unreadable.42');
		expect(storage.getItem('k.unreadable.42')).toBe('{not json');
		list.set([3]);
		expect(storage.getItem('k.unreadable.42')).toBe('{not json');
	});

	it('says so when damaged entries were left out', () => {
		const storage = new MemoryStorage();
		storage.setItem('k', '[1,"two",3]');
		const list = new StoredCollection('k', read, storage);
		expect(list.items).toEqual([1, 3]);
		expect(list.notice).toBe('1 damaged entry was left out.');
	});

	it('keeps working in memory when storage is blocked or full', () => {
		const blocked = new StoredCollection('k', read, null);
		expect(blocked.set([1])).toBe(false);
		expect(blocked.items).toEqual([1]);
		expect(blocked.notice).toMatch(/does not let Lectern save/);

		const full = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		const list = new StoredCollection('k', read, full);
		expect(list.set([1])).toBe(false);
		expect(list.notice).toMatch(/full/);
	});
});
