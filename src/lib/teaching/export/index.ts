/** Exports of a module's questions to the formats Moodle (and other LMSs) import. */
export { toGift, type GiftOptions } from './gift';
export { toAiken } from './aiken';
export type { ExportResult, ExportSource, SkippedQuestion } from './export-result';
export * from './qr-code';
