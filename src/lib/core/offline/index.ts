export * from './messages';
export * from './precache';
export * from './request-policy';
