import { attemptRecorded } from './progress-change';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBackups, readBackup } from '../../core/storage/set-aside';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { PROGRESS_KEY } from '../../core/storage/keys';
import { emptyState, PROGRESS_VERSION } from './state';
import { at, DAY, makeAttempt, storedText } from './testing/factories';
import { quizOn, storeOver } from './testing/store-fixtures';

const v1Text = readFileSync(
	new URL('../../../../tests/fixtures/progress/v1.json', import.meta.url),
	'utf8'
);

function storageWith(raw: string, options = {}): MemoryStorage {
	const storage = new MemoryStorage(options);
	storage.setItem(PROGRESS_KEY, raw);
	return storage;
}

describe('ProgressStore.load', () => {
	it('starts empty and persistent when nothing is stored', () => {
		expect(storeOver(new MemoryStorage()).load()).toEqual({
			state: emptyState(),
			persistent: true
		});
	});

	it('migrates v1 data, saves it as the current version and keeps the v1 text as a backup', () => {
		const storage = storageWith(v1Text);

		const { state, notice } = storeOver(storage).load();

		expect(notice).toMatchObject({ kind: 'migrated', from: 1 });
		expect(state.attempts).toHaveLength(3);
		expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '')).toMatchObject({
			version: PROGRESS_VERSION
		});
		expect(
			notice?.kind === 'migrated' && notice.backupKey && readBackup(storage, notice.backupKey)
		).toBe(v1Text);
	});

	it('loads migrated data the next time without migrating again', () => {
		const storage = storageWith(v1Text);
		storeOver(storage).load();

		const again = storeOver(storage).load();

		expect(again.notice).toBeUndefined();
		expect(again.state.attempts).toHaveLength(3);
	});

	it('sets text that is not JSON aside as a backup and starts clean', () => {
		const storage = storageWith('{"version":3,"attempts":[{"id":"a1",');

		const { state, notice, persistent } = storeOver(storage).load();

		expect(state).toEqual(emptyState());
		expect(persistent).toBe(true);
		expect(notice).toMatchObject({ kind: 'corrupt-backed-up' });
		expect(listBackups(storage).map((b) => readBackup(storage, b.key))).toEqual([
			'{"version":3,"attempts":[{"id":"a1",'
		]);
		expect(storage.getItem(PROGRESS_KEY)).toBeNull();
	});

	it('sets JSON of the wrong shape aside without touching an earlier backup', () => {
		const storage = storageWith('not json');
		storeOver(storage).load();
		storage.setItem(PROGRESS_KEY, JSON.stringify({ attempts: 3 }));

		const { notice } = storeOver(storage).load();

		expect(notice).toMatchObject({ kind: 'corrupt-backed-up', errors: ['version: is required'] });
		expect(
			listBackups(storage)
				.map((b) => readBackup(storage, b.key))
				.sort()
		).toEqual(['not json', '{"attempts":3}']);
	});

	it('keeps the readable attempts of damaged data, backs up the original and says what was lost', () => {
		const stored = {
			...emptyState(),
			attempts: [makeAttempt({ id: 'good' }), makeAttempt({ id: 'bad', finishedAt: at(DAY) })]
		};
		const data = JSON.parse(storedText(stored));
		data.attempts[1].score = 2;
		const storage = storageWith(JSON.stringify(data));

		const { state, notice, persistent } = storeOver(storage).load();

		expect(persistent).toBe(true);
		expect(state.attempts.map((a) => a.id)).toEqual(['good']);
		expect(notice).toMatchObject({
			kind: 'repaired',
			errors: [expect.stringMatching(/^attempts\[1\]\.score/)]
		});
		expect(notice?.kind === 'repaired' && readBackup(storage, notice.backupKey)).toBe(
			JSON.stringify(data)
		);
	});

	it('leaves unreadable data in place and works in memory when no backup fits', () => {
		const storage = storageWith('garbage', { quotaBytes: 100 });
		const store = storeOver(storage);

		const { notice, persistent } = store.load();
		const saved = store.update(attemptRecorded(quizOn(0, 2)));

		expect(notice).toMatchObject({ kind: 'unreadable-kept' });
		expect(persistent).toBe(false);
		expect(saved).toMatchObject({ saved: false, reason: 'unreadable-kept' });
		expect(storage.getItem(PROGRESS_KEY)).toBe('garbage');
	});

	it('keeps data from a newer version untouched, with a backup copy, and runs in memory', () => {
		const future = JSON.stringify({
			version: PROGRESS_VERSION + 1,
			attempts: [],
			somethingNew: true
		});
		const storage = storageWith(future);
		const store = storeOver(storage);

		const { notice, persistent } = store.load();
		const saved = store.update(attemptRecorded(quizOn(0, 2)));

		expect(notice).toMatchObject({ kind: 'future-version', version: PROGRESS_VERSION + 1 });
		expect(persistent).toBe(false);
		expect(saved).toMatchObject({ saved: false, reason: 'future-version' });
		expect(saved.state.attempts).toHaveLength(1);
		expect(storage.getItem(PROGRESS_KEY)).toBe(future);
		expect(
			notice?.kind === 'future-version' && notice.backupKey && readBackup(storage, notice.backupKey)
		).toBe(future);
	});

	it('does not pile up copies of the same newer-version data on every load', () => {
		const storage = storageWith(JSON.stringify({ version: PROGRESS_VERSION + 1 }));

		storeOver(storage).load();
		storeOver(storage).load();

		expect(listBackups(storage)).toHaveLength(1);
	});

	it('works in memory and says progress will not be kept when there is no storage', () => {
		const store = storeOver(null);

		const { notice, persistent } = store.load();
		const saved = store.update(attemptRecorded(quizOn(0, 2)));

		expect(notice).toEqual({ kind: 'unavailable' });
		expect(persistent).toBe(false);
		expect(saved).toMatchObject({ saved: false, reason: 'unavailable' });
		expect(store.state.attempts).toHaveLength(1);
	});

	it('works in memory when storage throws a SecurityError', () => {
		const store = storeOver(new MemoryStorage({ blocked: true }));

		const { notice, persistent } = store.load();

		expect(notice).toEqual({ kind: 'unavailable' });
		expect(persistent).toBe(false);
		expect(store.update(attemptRecorded(quizOn(0, 2)))).toMatchObject({
			saved: false,
			reason: 'unavailable'
		});
	});
});
