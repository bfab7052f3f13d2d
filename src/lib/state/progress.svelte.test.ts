import { describe, expect, it } from 'vitest';
import { emptyState, recordAttempt } from '$lib/progress/record';
import { attemptRecorded } from '$lib/progress/record/progress-change';
import { PROGRESS_KEY } from '$lib/core/storage';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { T0, makeAttempt, storedText, wrong } from '$lib/progress/record/testing/factories';
import { Progress, type ProgressEnvironment } from './progress.svelte';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36';

function environment(granted = true) {
	const calls = { persist: 0 };
	const events = new EventTarget();
	const env: ProgressEnvironment = {
		storageManager: {
			persist: async () => {
				calls.persist++;
				return granted;
			},
			persisted: async () => false
		},
		userAgent: CHROME,
		installed: false,
		events
	};
	return { env, calls, events };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const clock = () => T0;

describe('Progress', () => {
	it('folds in an attempt another tab stored, through the storage event', () => {
		const storage = new MemoryStorage();
		const { env, events } = environment();
		const progress = new Progress(storage, env, clock);
		const other = recordAttempt(emptyState(), makeAttempt({ id: 'other-tab' }), T0);
		const event = Object.assign(new Event('storage'), {
			key: PROGRESS_KEY,
			newValue: storedText(other),
			storageArea: storage
		});
		events.dispatchEvent(event);
		expect(progress.state.attempts.map((a) => a.id)).toEqual(['other-tab']);
	});

	it('asks the browser to keep storage once, when the first attempt is recorded', async () => {
		const { env, calls } = environment();
		const progress = new Progress(new MemoryStorage(), env, clock);
		await settle();
		expect(calls.persist).toBe(0);
		progress.record(attemptRecorded(makeAttempt({ id: 'a1' })));
		progress.record(attemptRecorded(makeAttempt({ id: 'a2' })));
		await settle();
		expect(calls.persist).toBe(1);
		expect(progress.storageStatus.persisted).toBe(true);
	});

	it('asks at load when there is progress already, and reports a refusal', async () => {
		const storage = new MemoryStorage();
		const saved = recordAttempt(emptyState(), makeAttempt({ id: 'a1' }), T0);
		storage.setItem(PROGRESS_KEY, storedText(saved));
		const { env, calls } = environment(false);
		const progress = new Progress(storage, env, clock);
		await settle();
		expect(calls.persist).toBe(1);
		expect(progress.storageStatus.persisted).toBe(false);
	});

	it('hands back the exact unreadable text it set aside, and deletes the copy on request', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY, '{not json');
		const progress = new Progress(storage, environment().env, clock);
		expect(progress.notice?.kind).toBe('corrupt-backed-up');
		const key = progress.notice?.kind === 'corrupt-backed-up' ? progress.notice.backupKey : '';
		expect(progress.readCopy(key)).toBe('{not json');
		expect(progress.backups.map((b) => b.key)).toEqual([key]);
		progress.removeBackup(key);
		expect(progress.backups).toEqual([]);
	});

	it('keeps attempts in memory when storage is blocked, and says progress will not last', () => {
		const progress = new Progress(new MemoryStorage({ blocked: true }), environment().env, clock);
		const result = progress.record(
			attemptRecorded(makeAttempt({ id: 'a1', grades: { q1: wrong() } }))
		);
		expect(progress.notice).toEqual({ kind: 'unavailable' });
		expect(progress.persistent).toBe(false);
		expect(result.saved).toBe(false);
		expect(progress.state.attempts).toHaveLength(1);
	});
});
