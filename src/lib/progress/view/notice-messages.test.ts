import { describe, expect, it } from 'vitest';
import { emptyState } from '../record/state';
import { PROGRESS_KEY } from '../../core/storage/keys';
import { progressMessages, UNAVAILABLE_TEXT } from './notice-messages';

const state = emptyState();

describe('progressMessages', () => {
	it('offers the set-aside copy of unreadable progress for download', () => {
		const [message] = progressMessages(
			{ kind: 'corrupt-backed-up', errors: ['x'], backupKey: 'lectern.progress.backup.t' },
			undefined
		);
		expect(message?.text).toBe('Your saved progress could not be read. We kept a copy —');
		expect(message?.downloadKey).toBe('lectern.progress.backup.t');
	});

	it('offers the stored text itself when no copy could be set aside', () => {
		const [message] = progressMessages({ kind: 'unreadable-kept', errors: ['x'] }, undefined);
		expect(message?.downloadKey).toBe(PROGRESS_KEY);
	});

	it('says once that progress will not be kept when storage is off at load and at save', () => {
		const messages = progressMessages(
			{ kind: 'unavailable' },
			{ saved: false, state, reason: 'unavailable' }
		);
		expect(messages.map((m) => m.text)).toEqual([UNAVAILABLE_TEXT]);
	});

	it('counts the damaged entries left out in singular and plural', () => {
		const one = progressMessages({ kind: 'repaired', errors: ['a'], backupKey: 'k' }, undefined)[0];
		const two = progressMessages(
			{ kind: 'repaired', errors: ['a', 'b'], backupKey: 'k' },
			undefined
		)[0];
		expect(one?.text).toContain('1 entry could not be read and was left out');
		expect(two?.text).toContain('2 entries could not be read and were left out');
	});

	it('says how many attempts were shortened when storage was full', () => {
		const [message] = progressMessages(undefined, { saved: true, state, compacted: 3 });
		expect(message?.text).toContain('your 3 oldest attempts were shortened to summaries');
	});

	it('offers a backup download when storage is full and nothing could be saved', () => {
		const [message] = progressMessages(undefined, { saved: false, state, reason: 'quota' });
		expect(message?.offerBackup).toBe(true);
	});

	it('says nothing after a good save unless asked to confirm it', () => {
		const result = { saved: true as const, state, compacted: 0 };
		expect(progressMessages(undefined, result)).toEqual([]);
		expect(progressMessages(undefined, result, true)[0]?.text).toBe('Saved on this device.');
	});

	it('does not repeat the reason for a refused save already given by the load notice', () => {
		const messages = progressMessages(
			{ kind: 'future-version', version: 9, backupKey: null },
			{ saved: false, state, reason: 'future-version' }
		);
		expect(messages.map((m) => m.id)).toEqual(['future-version']);
		expect(messages[0]?.downloadKey).toBeUndefined();
	});
});
