import { attemptRecorded } from './progress-change';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { fingerprintKey, PROGRESS_KEY } from '../../core/storage/keys';
import { recordAttempt } from './record-attempt';
import { emptyState } from './state';
import { T0, storedJson } from './testing/factories';
import { fnv1a32 } from '../../core/hash/fnv1a';
import { quizOn, storeOver } from './testing/store-fixtures';

/** Storage holding two quizzes, written by the store as the app writes them. */
function writtenByTheApp(): MemoryStorage {
	const storage = new MemoryStorage();
	const store = storeOver(storage);
	store.load();
	store.update(attemptRecorded(quizOn(1)));
	store.update(attemptRecorded(quizOn(2)));
	return storage;
}

describe('ProgressStore fingerprint', () => {
	it('writes a fingerprint beside the progress it writes', () => {
		const storage = writtenByTheApp();

		expect(storage.getItem(fingerprintKey(PROGRESS_KEY))).toMatch(/^\d+:[0-9a-z]+$/);
	});

	it('reads back its own writes exactly', () => {
		const storage = writtenByTheApp();
		const expected = recordAttempt(recordAttempt(emptyState(), quizOn(1), T0), quizOn(2), T0);

		const { state, notice } = storeOver(storage).load();

		expect(notice).toBeUndefined();
		expect(state.attempts).toEqual(expected.attempts);
	});

	it('checks every entry of progress changed by hand, leaving out the damaged one', () => {
		const storage = writtenByTheApp();
		const data = JSON.parse(storage.getItem(PROGRESS_KEY)!);
		data.attempts[0].score = 7;
		storage.setItem(PROGRESS_KEY, JSON.stringify(data));

		const { state, notice } = storeOver(storage).load();

		expect(state.attempts.map((a) => a.id)).toEqual(['attempt-2']);
		expect(notice).toMatchObject({ kind: 'repaired' });
	});

	it('checks everything when the fingerprint is missing, and loads what is valid', () => {
		const storage = writtenByTheApp();
		storage.removeItem(fingerprintKey(PROGRESS_KEY));

		const { state, notice } = storeOver(storage).load();

		expect(notice).toBeUndefined();
		expect(state.attempts).toHaveLength(2);
	});

	it('merges what another tab wrote since, even when the text carries a fingerprint of its own', () => {
		const storage = writtenByTheApp();
		const mine = storeOver(storage);
		mine.load();
		const otherTab = storeOver(storage);
		otherTab.load();
		otherTab.update(attemptRecorded(quizOn(3, 20, 'other-tab')));

		const saved = mine.update(attemptRecorded(quizOn(4)));

		expect(saved.state.attempts.map((a) => a.id)).toEqual([
			'attempt-1',
			'attempt-2',
			'other-tab',
			'attempt-4'
		]);
		expect(storedJson(saved.state).attempts).toHaveLength(4);
	});

	it('does not trust a fingerprint beside data of another version', () => {
		const storage = new MemoryStorage();
		const future = JSON.stringify({ version: 99, attempts: [] });
		storage.setItem(PROGRESS_KEY, future);
		storage.setItem(
			fingerprintKey(PROGRESS_KEY),
			`${future.length}:${fnv1a32(future).toString(36)}`
		);

		expect(storeOver(storage).load().notice).toMatchObject({ kind: 'future-version' });
	});
});
