import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ListStore } from './list-store';
import { MemoryStorage } from './testing/memory-storage';
import { listBackups, readBackup } from './set-aside';
import { readStoredList } from './versioned-list';

type Entry = { id: string; n: number };
const EntrySchema = v.object({ id: v.string(), n: v.pipe(v.number(), v.integer()) });
const read = (text: string | null) => readStoredList(text, EntrySchema);
const idOf = (entry: Entry) => entry.id;
/** A store and the list it loaded, as a page holds them. */
const list = (storage: MemoryStorage | null, now = () => 42) => {
	const store = new ListStore<Entry>({ key: 'k', read, idOf }, storage, now);
	const page = {
		...store.load(),
		set: (items: Entry[]) => {
			const result = store.save(items);
			page.items = result.items;
			if (result.notice) page.notice = result.notice;
			return result.saved;
		}
	};
	return page;
};
const stored = (storage: MemoryStorage) => read(storage.getItem('k')).items;

describe('ListStore', () => {
	it('loads, saves and loads again', () => {
		const storage = new MemoryStorage();
		list(storage).set([{ id: 'a', n: 1 }]);
		expect(list(storage).items).toEqual([{ id: 'a', n: 1 }]);
	});

	it('reads a list stored by an earlier version as a bare array', () => {
		const storage = new MemoryStorage();
		storage.setItem('k', '[{"id":"a","n":1}]');
		expect(list(storage).items).toEqual([{ id: 'a', n: 1 }]);
	});

	it('copies an unreadable value aside once, listed, before anything can overwrite it', () => {
		const storage = new MemoryStorage();
		storage.setItem('k', '{not json');
		const first = list(storage);
		list(storage, () => 99);
		expect(first.items).toEqual([]);
		expect(first.notice).toMatch(/Copies set aside/);
		const copies = listBackups(storage).filter((b) => b.of === 'k');
		expect(copies).toHaveLength(1);
		expect(readBackup(storage, copies[0]!.key)).toBe('{not json');
		first.set([{ id: 'b', n: 3 }]);
		expect(readBackup(storage, copies[0]!.key)).toBe('{not json');
	});

	it('keeps a copy of the whole list before a damaged entry is written over', () => {
		const storage = new MemoryStorage();
		const damaged = '[{"id":"a","n":1},{"id":"b","n":100.5}]';
		storage.setItem('k', damaged);
		const entries = list(storage);
		expect(entries.items).toEqual([{ id: 'a', n: 1 }]);
		expect(entries.notice).toMatch(/1 saved entry could not be read/);
		entries.set([{ id: 'c', n: 2 }, ...entries.items]);
		const copy = listBackups(storage).find((b) => b.of === 'k');
		expect(readBackup(storage, copy!.key)).toBe(damaged);
	});

	it('writes nothing over damaged data when storage is too full to keep a copy of it', () => {
		const damaged = '[{"id":"a","n":1},{"id":"b","n":"x"}]';
		const storage = new MemoryStorage({ quotaBytes: (damaged.length + 1) * 2 + 10 });
		storage.setItem('k', damaged);
		const entries = list(storage);
		expect(entries.set([{ id: 'c', n: 2 }])).toBe(false);
		expect(storage.getItem('k')).toBe(damaged);
		expect(entries.notice).toMatch(/will not save over it/);
	});

	it('adopts copies an earlier version left as "<key>.unreadable.<ms>"', () => {
		const storage = new MemoryStorage();
		storage.setItem('k.unreadable.1764000000000', 'old junk');
		list(storage);
		expect(storage.getItem('k.unreadable.1764000000000')).toBeNull();
		const copy = listBackups(storage).find((b) => b.of === 'k');
		expect(readBackup(storage, copy!.key)).toBe('old junk');
	});

	it('keeps an edit made in another tab when this tab saves its own', () => {
		const storage = new MemoryStorage();
		list(storage).set([
			{ id: 'a', n: 1 },
			{ id: 'b', n: 1 }
		]);
		const thisTab = list(storage);
		const otherTab = list(storage);
		otherTab.set([{ id: 'c', n: 1 }, { id: 'a', n: 2 }, ...otherTab.items.slice(1)]);
		thisTab.set(thisTab.items.map((e) => (e.id === 'b' ? { ...e, n: 5 } : e)));
		expect(stored(storage)).toEqual([
			{ id: 'c', n: 1 },
			{ id: 'a', n: 2 },
			{ id: 'b', n: 5 }
		]);
	});

	it('keeps working in memory when storage is blocked or full, and says which', () => {
		const blocked = list(null);
		expect(blocked.set([{ id: 'a', n: 1 }])).toBe(false);
		expect(blocked.items).toEqual([{ id: 'a', n: 1 }]);
		expect(blocked.notice).toMatch(/does not let Lectern save/);

		const full = list(new MemoryStorage({ quotaBytes: 10 }));
		expect(full.set([{ id: 'a', n: 1 }])).toBe(false);
		expect(full.items).toEqual([{ id: 'a', n: 1 }]);
		expect(full.notice).toMatch(/full/);
	});
});
