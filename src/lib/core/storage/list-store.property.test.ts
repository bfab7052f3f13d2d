import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ListStore } from './list-store';
import { MemoryStorage } from './testing/memory-storage';
import { listBackups, readBackup } from './set-aside';
import { readStoredList } from './versioned-list';

type Entry = { id: string; n: number };
const EntrySchema = v.object({ id: v.string(), n: v.pipe(v.number(), v.integer()) });
const definition = {
	key: 'k',
	read: (text: string | null) => readStoredList(text, EntrySchema),
	idOf: (entry: Entry) => entry.id
};

/** CI runs each property 10,000 times; a quick local run does fewer. */
const RUNS = { numRuns: process.env.CI ? 10_000 : 500 };

const entries = fc.uniqueArray(
	fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), n: fc.integer() }),
	{ selector: (entry) => entry.id, maxLength: 8 }
);

/** What an older or broken version, a full disk or a hand edit could leave under the key. */
const damage = (text: string) =>
	fc.oneof(
		fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
		fc
			.tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.string({ maxLength: 3 }))
			.map(([at, junk]) => text.slice(0, at) + junk + text.slice(at + 1)),
		fc.constant(text.replace('"version":1', '"version":9')),
		fc.constant(text.replace(/"n":(-?\d+)/, '"n":$1.5')),
		fc.constant(text)
	);

describe('a stored list under any damage', () => {
	it('loses no entry: each stored entry stays in the list or its text is in a copy set aside', () => {
		let lost = 0;
		fc.assert(
			fc.property(
				entries.chain((stored) =>
					fc.tuple(fc.constant(stored), damage(JSON.stringify({ version: 1, items: stored })))
				),
				fc.record({ id: fc.string({ minLength: 5, maxLength: 6 }), n: fc.integer() }),
				([, text], added) => {
					const storage = new MemoryStorage();
					storage.setItem('k', text);
					const store = new ListStore(definition, storage, () => 42);
					const { items } = store.load();
					store.save([added, ...items]);

					const read = definition.read(text);
					const readable = read.items;
					const now = definition.read(storage.getItem('k')).items.map(definition.idOf);
					const copies = listBackups(storage).map((copy) => readBackup(storage, copy.key));
					const textKept = copies.includes(text) || storage.getItem('k') === text;
					const missing = readable.filter((entry) => !now.includes(entry.id));
					if (missing.length > 0 && !textKept) lost += missing.length;
					// Anything not read whole must have its original text kept somewhere.
					const readWhole = !read.unreadable && read.skipped === 0;
					if (!readWhole) expect(textKept).toBe(true);
				}
			),
			RUNS
		);
		expect(lost).toBe(0);
	});
});
