import { describe, expect, it } from 'vitest';
import { STUDENT_NAME } from '../../teaching/library/students';
import { draftValue, newDraft } from '../../quiz/session/draft';
import { MemoryStorage } from './testing/memory-storage';
import { listBackups, readBackup } from './set-aside';
import { ValueStore } from './value-store';

const names = (storage: MemoryStorage | null, now = () => 42) =>
	new ValueStore(STUDENT_NAME, storage, now);

describe('ValueStore', () => {
	it('saves a value in the current version and loads it back', () => {
		const storage = new MemoryStorage();
		expect(names(storage).save('  Ana López ')).toEqual({ saved: true });
		expect(storage.getItem('lectern.student.name')).toBe('{"version":1,"name":"Ana López"}');
		expect(names(storage).load()).toBe('Ana López');
	});

	it('reads a value an earlier version stored (a bare name)', () => {
		const storage = new MemoryStorage();
		storage.setItem('lectern.student.name', 'Bo Chen');
		expect(names(storage).load()).toBe('Bo Chen');
	});

	it('sets an unreadable value aside once, listed, before writing over it', () => {
		const storage = new MemoryStorage();
		const damaged = '{"version":1,"name":""}';
		storage.setItem('lectern.student.name', damaged);
		expect(names(storage).load()).toBeUndefined();
		expect(names(storage, () => 99).load()).toBeUndefined();
		expect(names(storage).save('Ana')).toEqual({ saved: true });

		const copies = listBackups(storage).filter((copy) => copy.of === 'lectern.student.name');
		expect(copies).toHaveLength(1);
		expect(readBackup(storage, copies[0]!.key)).toBe(damaged);
	});

	it('writes nothing over an unreadable value when storage is too full to copy it', () => {
		const damaged = '{"version":9}';
		const storage = new MemoryStorage({ quotaBytes: (damaged.length + 20) * 2 + 40 });
		storage.setItem('lectern.student.name', damaged);
		expect(names(storage).save('Ana')).toEqual({ saved: false, reason: 'kept-unreadable' });
		expect(storage.getItem('lectern.student.name')).toBe(damaged);
	});

	it('tells full storage from blocked storage', () => {
		expect(names(new MemoryStorage({ quotaBytes: 8 })).save('Ana')).toEqual({
			saved: false,
			reason: 'full'
		});
		expect(names(null).save('Ana')).toEqual({ saved: false, reason: 'blocked' });
		expect(names(null).load()).toBeUndefined();
	});

	it('keeps a damaged quiz draft aside instead of losing the answers in it', () => {
		const storage = new MemoryStorage();
		const drafts = new ValueStore(draftValue('mod'), storage, () => 42);
		const damaged =
			'{"version":1,"moduleSlug":"mod","responses":{"q1":{"type":"short-answer","text":"Russia"}}';
		storage.setItem('lectern.draft.mod', damaged);

		expect(drafts.load()).toBeUndefined();
		drafts.save(newDraft('mod', ['q1'], 42));
		const copy = listBackups(storage).find((entry) => entry.of === 'lectern.draft.mod');
		expect(readBackup(storage, copy!.key)).toBe(damaged);
		drafts.remove();
		expect(storage.getItem('lectern.draft.mod')).toBeNull();
	});
});
