import { describe, expect, it } from 'vitest';
import { KNOWN_STUDENTS } from '$lib/teaching/library/students';
import { ListStore } from '$lib/core/storage/list-store';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { StoredListState } from './stored-list.svelte';

const storageEvent = (key: string | null, storageArea: unknown) =>
	Object.assign(new Event('storage'), { key, storageArea });

describe('StoredListState', () => {
	it('shows what another tab stored once it follows, and stops when told', () => {
		const storage = new MemoryStorage();
		const events = new EventTarget();
		const names = new StoredListState(KNOWN_STUDENTS, storage);
		const stop = names.follow(events);
		new ListStore(KNOWN_STUDENTS, storage, Date.now).save(['Ana']);

		events.dispatchEvent(storageEvent('lectern.students', storage));
		expect(names.items).toEqual(['Ana']);

		stop();
		new ListStore(KNOWN_STUDENTS, storage, Date.now).save(['Bo', 'Ana']);
		events.dispatchEvent(storageEvent('lectern.students', storage));
		expect(names.items).toEqual(['Ana']);
	});

	it('ignores writes to other keys and to other storage areas', () => {
		const storage = new MemoryStorage();
		const events = new EventTarget();
		const names = new StoredListState(KNOWN_STUDENTS, storage);
		names.follow(events);
		new ListStore(KNOWN_STUDENTS, storage, Date.now).save(['Ana']);

		events.dispatchEvent(storageEvent('lectern.progress', storage));
		events.dispatchEvent(storageEvent('lectern.students', new MemoryStorage()));
		expect(names.items).toEqual([]);
	});

	it('keeps a change in memory and says why when storage is blocked', () => {
		const names = new StoredListState(KNOWN_STUDENTS, null);
		expect(names.set(['Ana'])).toBe(false);
		expect(names.items).toEqual(['Ana']);
		expect(names.notice).toMatch(/does not let Lectern save/);
	});
});
