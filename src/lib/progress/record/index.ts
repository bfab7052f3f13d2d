/**
 * The progress store: attempts, spaced review and statistics kept in one versioned storage key.
 * Pure functions over a `ProgressState` value, plus `ProgressStore` for storage; time and storage
 * are always passed in.
 */
export type { Attempt, AttemptKind, AttemptSummary, SkillTally } from './attempt';
export { buildAttempt, type AttemptInput } from './build-attempt';
export {
	backupFileProblem,
	exportBackup,
	parseBackup,
	BACKUP_FORMAT,
	MAX_BACKUP_BYTES,
	type BackupContents
} from './backup-file';
export type { StoredCard } from './card';
export { compactOldest } from './compact';
export { applyExternalChange } from './external-change';
export { mergeStates } from './merge-states';
export { moduleStats, type ModuleStats } from './module-stats';
export { previewImport, type ImportPreview } from './preview-import';
export { questionKey, splitQuestionKey, type QuestionState } from './question-state';
export { readStored, type StoredRead } from './read-stored';
export { skillOverview, type SkillOverview, type SkillStat } from './skill-overview';
export { hasAttempt, recordAttempt } from './record-attempt';
export { dueForReview, recordReview } from './review';
export { ratingFor, type ReviewRating } from './schedule';
export { emptyState, PROGRESS_VERSION, type ProgressState } from './state';
export {
	ProgressStore,
	type LoadNotice,
	type LoadResult,
	type NotSavedReason,
	type SaveResult
} from './progress-store';
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
