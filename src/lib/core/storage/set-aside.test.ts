import { describe, expect, it } from 'vitest';
import { listBackups, readBackup, removeBackup, writeBackup } from './set-aside';
import { MemoryStorage } from './testing/memory-storage';
import { PROGRESS_KEY } from './keys';
import { DAY, T0, at } from '../../progress/record/testing/factories';

describe('backups in storage', () => {
	it('never overwrites an earlier backup made at the same moment', () => {
		const storage = new MemoryStorage();

		const first = writeBackup(storage, 'one', T0);
		const second = writeBackup(storage, 'two', T0);

		expect(first).toBe('lectern.progress.backup.2025-03-01T09:00:00.000Z');
		expect(second).toBe('lectern.progress.backup.2025-03-01T09:00:00.000Z-2');
		expect(first && readBackup(storage, first)).toBe('one');
	});

	it('does not store the same text twice', () => {
		const storage = new MemoryStorage();
		const first = writeBackup(storage, 'same', T0);

		expect(writeBackup(storage, 'same', at(DAY))).toBe(first);
		expect(listBackups(storage)).toHaveLength(1);
	});

	it('lists backups newest first and nothing else in storage', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY, '{}');
		writeBackup(storage, 'old', T0);
		writeBackup(storage, 'new', at(DAY));

		expect(listBackups(storage)).toEqual([
			{
				key: 'lectern.progress.backup.2025-03-02T09:00:00.000Z',
				of: PROGRESS_KEY,
				savedAt: '2025-03-02T09:00:00.000Z',
				bytes: 6
			},
			{
				key: 'lectern.progress.backup.2025-03-01T09:00:00.000Z',
				of: PROGRESS_KEY,
				savedAt: '2025-03-01T09:00:00.000Z',
				bytes: 6
			}
		]);
	});

	it('keeps copies of another list apart, once each, listed with what they copy', () => {
		const storage = new MemoryStorage();
		writeBackup(storage, 'same', T0);
		const aside = writeBackup(storage, 'same', at(DAY), 'lectern.teacher.modules');

		expect(aside).toBe('lectern.set-aside.lectern.teacher.modules@2025-03-02T09:00:00.000Z');
		expect(writeBackup(storage, 'same', at(2 * DAY), 'lectern.teacher.modules')).toBe(aside);
		expect(listBackups(storage).map((b) => [b.of, b.savedAt])).toEqual([
			['lectern.teacher.modules', '2025-03-02T09:00:00.000Z'],
			[PROGRESS_KEY, '2025-03-01T09:00:00.000Z']
		]);
		expect(readBackup(storage, aside!)).toBe('same');
		removeBackup(storage, aside!);
		expect(listBackups(storage)).toHaveLength(1);
	});

	it('returns null instead of throwing when the backup does not fit', () => {
		const storage = new MemoryStorage({ quotaBytes: 10 });

		expect(writeBackup(storage, 'too large to fit', T0)).toBeNull();
	});

	it('reads and removes only backup keys', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY, 'live');

		removeBackup(storage, PROGRESS_KEY);

		expect(readBackup(storage, PROGRESS_KEY)).toBeNull();
		expect(storage.getItem(PROGRESS_KEY)).toBe('live');
	});

	it('lists nothing when storage is blocked', () => {
		expect(listBackups(new MemoryStorage({ blocked: true }))).toEqual([]);
	});
});
