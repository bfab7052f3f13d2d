import { BACKUP_PREFIX, PROGRESS_KEY, SET_ASIDE_PREFIX } from './keys';
import type { StorageLike } from './storage-area';

export interface BackupEntry {
	key: string;
	/** The stored key this is a copy of: `lectern.progress`, `lectern.teacher.modules`… */
	of: string;
	/** When the backup was made, from its key. */
	savedAt: string;
	/** Size in UTF-16 bytes, to tell the student what the download holds. */
	bytes: number;
}

/**
 * Keeps `raw` under `lectern.progress.backup.<ISO time>` (or, for another stored list `of`,
 * `lectern.set-aside.<of>@<ISO time>`) before unreadable or newer data is set aside. An earlier
 * backup is never overwritten (a suffix is added on a clash) and identical text is not stored
 * twice, so reloading a page does not fill storage. Returns the key, or null when the backup could
 * not be written (storage full or blocked).
 *
 * @example writeBackup(localStorage, raw, new Date()) // 'lectern.progress.backup.2025-03-01T09:00:00.000Z'
 */
export function writeBackup(
	storage: StorageLike,
	raw: string,
	now: Date | number,
	of: string = PROGRESS_KEY
): string | null {
	const at = typeof now === 'number' ? new Date(now) : now;
	try {
		const existing = listBackups(storage).find(
			(b) => b.of === of && storage.getItem(b.key) === raw
		);
		if (existing) return existing.key;
		const base =
			of === PROGRESS_KEY
				? `${BACKUP_PREFIX}${at.toISOString()}`
				: `${SET_ASIDE_PREFIX}${of}@${at.toISOString()}`;
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
			const named = key === null ? undefined : backupName(key);
			if (key === null || !named) continue;
			const raw = storage.getItem(key) ?? '';
			entries.push({ key, ...named, bytes: raw.length * 2 });
		}
	} catch {
		return [];
	}
	return entries.sort((a, b) =>
		a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.key < b.key ? 1 : -1
	);
}

/** What a backup key says: the copied key and when. undefined for any other key. */
function backupName(key: string): { of: string; savedAt: string } | undefined {
	if (key.startsWith(BACKUP_PREFIX)) {
		return { of: PROGRESS_KEY, savedAt: key.slice(BACKUP_PREFIX.length).replace(/-\d+$/, '') };
	}
	if (!key.startsWith(SET_ASIDE_PREFIX)) return undefined;
	const rest = key.slice(SET_ASIDE_PREFIX.length);
	const at = rest.lastIndexOf('@');
	if (at <= 0) return undefined;
	return { of: rest.slice(0, at), savedAt: rest.slice(at + 1).replace(/-\d+$/, '') };
}

/**
 * The raw text of one backup, or null if it is missing or the key is not a backup key.
 *
 * @example readBackup(localStorage, key) // '{"version":7,...' for the UI to download
 */
export function readBackup(storage: StorageLike, key: string): string | null {
	if (!backupName(key)) return null;
	try {
		return storage.getItem(key);
	} catch {
		return null;
	}
}

/** Deletes one backup once the student has downloaded it or chosen to discard it. */
export function removeBackup(storage: StorageLike, key: string): void {
	if (!backupName(key)) return;
	try {
		storage.removeItem(key);
	} catch {
		// Nothing to do: blocked storage holds no backup we could remove.
	}
}
