export * from './copy-label';
export * from './import-messages';
export * from './module-rows';
export * from './notice-messages';
export * from './review-queue';
export * from './score-chart';
export * from './skill-names';
export * from './storage-advice';
