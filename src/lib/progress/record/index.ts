/**
 * The progress store: attempts, spaced review and statistics kept in one versioned storage key.
 * Pure functions over a `ProgressState` value, plus `ProgressStore` for storage; time and storage
 * are always passed in.
 */
export type { Attempt } from './attempt';
export { attemptId } from './attempt-id';
export { buildAttempt } from './build-attempt';
export { backupFileProblem, exportBackup, parseBackup } from './backup-file';
export { readStored } from './read-stored';
export { recordAttempt } from './record-attempt';
export { dueForReview } from './due-for-review';
export * from './attempt-grade';
export * from './module-stats';
export * from './preview-import';
export * from './progress-store';
export * from './question-state';
export * from './retry';
export * from './review';
export * from './skill-overview';
export * from './state';
export * from './time';
// Its changes run the scheduler (ts-fsrs): pages load them only to record (src/lib/state/scheduling.ts).
export type { ProgressChange } from './progress-change';
