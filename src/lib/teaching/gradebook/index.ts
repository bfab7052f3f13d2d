/** The teacher's class view: receipts re-graded with the teacher's copy of a module. */
export { buildGradebook } from './build-gradebook';
export { gradebookCsv } from './gradebook-csv';
export type { QuestionStats, StudentRow } from './types';
export * from './counted-attempt';
export * from './sort-rows';
export * from './stored-receipts';
