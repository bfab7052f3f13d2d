import { attemptRecorded } from './progress-change';
import { describe, expect, it } from 'vitest';
import { listBackups, readBackup } from '../../core/storage/set-aside';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { PROGRESS_KEY } from '../../core/storage/keys';
import { emptyState, type ProgressState } from './state';
import { compactOldest } from './compact';
import { recordAttempt } from './record-attempt';
import { DAY, T0, storedText } from './testing/factories';
import { manualClock, quizOn, ReadOnlyStorage, storeOver } from './testing/store-fixtures';

const idsOf = (state: ProgressState) =>
	[...state.attempts, ...state.summaries].map((r) => r.id).sort();
const bytesOf = (state: ProgressState) => (PROGRESS_KEY.length + storedText(state).length) * 2;

function fiveQuizzes(): ProgressState {
	return [0, 1, 2, 3, 4].reduce((s, day) => recordAttempt(s, quizOn(day), T0), emptyState());
}

/** Two tabs over one storage, both loaded before either records an attempt; each then records one. */
function twoTabsEachRecordingOne() {
	const storage = new MemoryStorage();
	const tabA = storeOver(storage);
	const tabB = storeOver(storage);
	tabA.load();
	tabB.load();
	tabA.update(attemptRecorded(quizOn(0, 3, 'from-tab-a')));
	tabB.update(attemptRecorded(quizOn(1, 3, 'from-tab-b')));
	return { storage, tabA, tabB };
}

describe('ProgressStore.save', () => {
	it('keeps a recorded attempt for the next page load', () => {
		const storage = new MemoryStorage();
		const store = storeOver(storage);
		store.load();

		const saved = store.update(attemptRecorded(quizOn(0)));

		expect(saved).toMatchObject({ saved: true, compacted: 0 });
		expect(storeOver(storage).load().state).toEqual(saved.state);
	});

	it('compacts the oldest attempts when storage is full, keeping every attempt and the newest in full', () => {
		const full = fiveQuizzes();
		const storage = new MemoryStorage({ quotaBytes: bytesOf(compactOldest(full, 2).state) });
		const store = storeOver(storage);
		store.load();

		const saved = store.save(full);

		expect(saved).toMatchObject({ saved: true, compacted: 3 });
		expect(saved.state.attempts.map((a) => a.id)).toEqual(['attempt-3', 'attempt-4']);
		expect(idsOf(storeOver(storage).load().state)).toEqual(idsOf(full));
	});

	it('never drops summaries made by an earlier compaction', () => {
		const full = fiveQuizzes();
		const storage = new MemoryStorage({ quotaBytes: bytesOf(compactOldest(full, 4).state) + 2000 });
		const store = storeOver(storage);
		store.load();
		store.save(full);

		const saved = store.update(attemptRecorded(quizOn(5, 5)));

		expect(saved.saved).toBe(true);
		expect(idsOf(saved.state)).toEqual([...idsOf(full), 'attempt-5'].sort());
		expect(saved.state.attempts.at(-1)?.id).toBe('attempt-5');
	});

	it('reports notSaved without throwing when even one attempt does not fit, keeping details in memory', () => {
		const storage = new MemoryStorage({ quotaBytes: 2_000 });
		const store = storeOver(storage);
		store.load();

		const saved = store.save(fiveQuizzes());

		expect(saved).toMatchObject({ saved: false, reason: 'quota' });
		expect(store.state.attempts).toHaveLength(5);
		expect(store.persistent).toBe(true);
	});

	it('switches to memory when writing throws a SecurityError', () => {
		const store = storeOver(new ReadOnlyStorage());
		store.load();

		const saved = store.update(attemptRecorded(quizOn(0)));

		expect(saved).toMatchObject({ saved: false, reason: 'unavailable' });
		expect(store.persistent).toBe(false);
		expect(store.state.attempts).toHaveLength(1);
	});

	it('keeps the attempts of two tabs that each record one', () => {
		const { storage, tabB } = twoTabsEachRecordingOne();

		expect(idsOf(storeOver(storage).load().state)).toEqual(['from-tab-a', 'from-tab-b']);
		expect(idsOf(tabB.state)).toEqual(['from-tab-a', 'from-tab-b']);
	});

	it("brings the other tab's attempt in through the storage event", () => {
		const { storage, tabA } = twoTabsEachRecordingOne();

		const state = tabA.applyExternalChange(storage.getItem(PROGRESS_KEY));

		expect(idsOf(state)).toEqual(['from-tab-a', 'from-tab-b']);
	});

	it('stops writing, without overwriting, once a newer version has written the key', () => {
		const storage = new MemoryStorage();
		const store = storeOver(storage);
		store.load();
		storage.setItem(PROGRESS_KEY, '{"version":4}');

		const saved = store.update(attemptRecorded(quizOn(0)));

		expect(saved).toMatchObject({ saved: false, reason: 'future-version' });
		expect(storage.getItem(PROGRESS_KEY)).toBe('{"version":4}');
	});

	it('backs up data damaged since loading before writing over it', () => {
		const clock = manualClock();
		const storage = new MemoryStorage();
		const store = storeOver(storage, clock);
		store.load();
		storage.setItem(PROGRESS_KEY, '{broken');
		clock.advance(DAY);

		const saved = store.update(attemptRecorded(quizOn(0)));

		expect(saved.saved).toBe(true);
		expect(listBackups(storage).map((b) => readBackup(storage, b.key))).toEqual(['{broken']);
	});
});
