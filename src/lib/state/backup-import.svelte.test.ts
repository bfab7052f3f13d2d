import { describe, expect, it } from 'vitest';
import { emptyState, exportBackup, recordAttempt } from '$lib/progress/record';
import { PROGRESS_KEY } from '$lib/core/storage';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { T0, makeAttempt } from '$lib/progress/record/testing/factories';
import { BackupImport } from './backup-import.svelte';
import { Progress } from './progress.svelte';

const env = { userAgent: '', installed: false };
const file = (text: string, name = 'backup.json') => new File([text], name);

describe('BackupImport', () => {
	it('previews what a backup adds without changing progress, and adds it on confirm', async () => {
		const storage = new MemoryStorage();
		const progress = new Progress(storage, env, () => T0);
		const backup = recordAttempt(emptyState(), makeAttempt({ id: 'elsewhere' }), T0);
		const importer = new BackupImport(progress);
		await importer.read(file(exportBackup(backup, T0)));
		expect(importer.step).toMatchObject({ kind: 'preview', preview: { newAttempts: 1 } });
		expect(progress.state.attempts).toEqual([]);
		importer.confirm();
		expect(importer.step).toEqual({ kind: 'done', added: 1, saved: true });
		expect(progress.state.attempts.map((a) => a.id)).toEqual(['elsewhere']);
		expect(storage.getItem(PROGRESS_KEY)).toContain('elsewhere');
	});

	it('does not read a file far larger than any backup, and says why', async () => {
		const progress = new Progress(new MemoryStorage(), env, () => T0);
		const importer = new BackupImport(progress);
		await importer.read(file('x'.repeat(6_000_000), 'huge.json'));
		expect(importer.step).toEqual({
			kind: 'problem',
			fileName: 'huge.json',
			errors: ['the file is 6 MB; a Lectern backup is at most 5 MB']
		});
	});

	it('stops at a file that is not a backup, naming the problem, and changes nothing', async () => {
		const storage = new MemoryStorage();
		const progress = new Progress(storage, env, () => T0);
		const importer = new BackupImport(progress);
		await importer.read(file('{"shopping": []}', 'notes.json'));
		expect(importer.step).toMatchObject({ kind: 'problem', fileName: 'notes.json' });
		const errors = importer.step.kind === 'problem' ? importer.step.errors : [];
		expect(errors.join(' ')).toContain('version');
		importer.confirm();
		expect(storage.getItem(PROGRESS_KEY)).toBeNull();
	});
});
