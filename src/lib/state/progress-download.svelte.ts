import { backupFileName } from '../core/format';
import { downloadText } from './download-file.svelte';

/** What of `Progress` a download needs (tests pass a plain object). */
interface Downloadable {
	exportBackup(now: Date): string;
	readCopy(key: string): string | null;
}

/**
 * Saves the whole progress as a backup file named for the day, as the progress page and the
 * notice on every page offer it.
 *
 * @example downloadBackup(progress, new Date()) // lectern-progress-2026-03-01.json
 */
export function downloadBackup(progress: Downloadable, now: Date): void {
	downloadText(backupFileName(now), progress.exportBackup(now));
}

/**
 * Saves a copy set aside under `key` (unreadable or replaced progress); nothing when it has gone
 * since the link was shown.
 *
 * @example downloadSavedCopy(progress, key, new Date()) // lectern-saved-copy-2026-03-01.json
 */
export function downloadSavedCopy(progress: Downloadable, key: string, now: Date): void {
	const text = progress.readCopy(key);
	if (text != null) downloadText(backupFileName(now, 'saved-copy'), text);
}
