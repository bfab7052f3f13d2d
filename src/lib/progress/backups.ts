import { BACKUP_PREFIX, type StorageLike } from './storage';
import { toIso } from './time';

export interface BackupEntry {
	key: string;
	/** When the backup was made, from its key. */
	savedAt: string;
	/** Size in UTF-16 bytes, to tell the student what the download holds. */
	bytes: number;
}

/**
 * Keeps `raw` under `lectern.progress.backup.<ISO time>` before unreadable or newer data is set
 * aside. An earlier backup is never overwritten (a suffix is added on a clash) and identical text
 * is not stored twice, so reloading a page does not fill storage. Returns the key, or null when the
 * backup could not be written (storage full or blocked).
 *
 * @example writeBackup(localStorage, raw, new Date()) // 'lectern.progress.backup.2025-03-01T09:00:00.000Z'
 */
export function writeBackup(storage: StorageLike, raw: string, now: Date): string | null {
	try {
		const existing = listBackups(storage).find((b) => storage.getItem(b.key) === raw);
		if (existing) return existing.key;
		const base = `${BACKUP_PREFIX}${toIso(now)}`;
		let key = base;
		for (let n = 2; storage.getItem(key) !== null; n++) key = `${base}-${n}`;
		storage.setItem(key, raw);
		return key;
	} catch {
		return null;
	}
}

/**
 * Backups in storage, newest first, for the UI to offer as downloads.
 *
 * @example listBackups(localStorage)[0]?.key
 */
export function listBackups(storage: StorageLike): BackupEntry[] {
	const entries: BackupEntry[] = [];
	try {
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key === null || !key.startsWith(BACKUP_PREFIX)) continue;
			const raw = storage.getItem(key) ?? '';
			const savedAt = key.slice(BACKUP_PREFIX.length).replace(/-\d+$/, '');
			entries.push({ key, savedAt, bytes: raw.length * 2 });
		}
	} catch {
		return [];
	}
	return entries.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}

/**
 * The raw text of one backup, or null if it is missing or the key is not a backup key.
 *
 * @example readBackup(localStorage, key) // '{"version":7,...' for the UI to download
 */
export function readBackup(storage: StorageLike, key: string): string | null {
	if (!key.startsWith(BACKUP_PREFIX)) return null;
	try {
		return storage.getItem(key);
	} catch {
		return null;
	}
}

/** Deletes one backup once the student has downloaded it or chosen to discard it. */
export function removeBackup(storage: StorageLike, key: string): void {
	if (!key.startsWith(BACKUP_PREFIX)) return;
	try {
		storage.removeItem(key);
	} catch {
		// Nothing to do: blocked storage holds no backup we could remove.
	}
}
