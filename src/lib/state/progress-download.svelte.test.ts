import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from './download-file.svelte';
import { downloadBackup, downloadSavedCopy } from './progress-download.svelte';

vi.mock('./download-file.svelte', () => ({ downloadText: vi.fn() }));

const now = new Date('2026-03-01T09:00:00Z');
const progress = (copies: Record<string, string> = {}) => ({
	exportBackup: (at: Date) => `backup of ${at.toISOString()}`,
	readCopy: (key: string) => copies[key] ?? null
});

beforeEach(() => vi.mocked(downloadText).mockClear());

describe('downloadBackup', () => {
	it('saves the backup made now under the day’s file name', () => {
		downloadBackup(progress(), now);
		expect(downloadText).toHaveBeenCalledWith(
			'lectern-progress-2026-03-01.json',
			'backup of 2026-03-01T09:00:00.000Z'
		);
	});
});

describe('downloadSavedCopy', () => {
	it('saves a copy set aside as a saved-copy file', () => {
		downloadSavedCopy(progress({ k1: '{"old":true}' }), 'k1', now);
		expect(downloadText).toHaveBeenCalledWith('lectern-saved-copy-2026-03-01.json', '{"old":true}');
	});

	it('saves nothing for a copy that has gone', () => {
		downloadSavedCopy(progress(), 'k1', now);
		expect(downloadText).not.toHaveBeenCalled();
	});
});
