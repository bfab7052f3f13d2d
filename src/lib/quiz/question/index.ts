export * from './response';
export * from './schema';
