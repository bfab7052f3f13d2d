/**
 * Everything Lectern keeps in the browser goes through here: the keys (`keys.ts`), reading and
 * writing them with full and blocked storage told apart (`storage-area.ts`, `storage-status.ts`),
 * versioned lists read entry by entry (`versioned-list.ts`) and merged by id (`merge-by-id.ts`),
 * and copies set aside before anything unreadable is written over (`set-aside.ts`).
 */
export * from './keys';
export { listBackups, readBackup, removeBackup, writeBackup, type BackupEntry } from './set-aside';
export { MemoryStorage, type MemoryStorageOptions } from './memory-storage';
export { isQuotaExceeded, type StorageLike } from './storage-area';
