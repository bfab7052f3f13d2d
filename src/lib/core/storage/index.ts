/**
 * Everything Lectern keeps in the browser goes through here: the keys (`keys.ts`); lists
 * (`ListStore`: versioned, read entry by entry, merged by id) and single values (`ValueStore`); full and blocked storage told apart (`storage-area.ts`,
 * `storage-status.ts`); and copies set aside before anything unreadable is written over
 * (`set-aside.ts`). Svelte state wraps these in `src/lib/state/`.
 */
export * from './keys';
export * from './list-store';
export * from './set-aside';
export * from './storage-area';
export * from './storage-status';
export * from './value-store';
export * from './versioned-list';
