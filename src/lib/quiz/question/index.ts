export * from './feedback-mode';
export * from './response';
export * from './schema';
