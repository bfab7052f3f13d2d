export * from './build-modules';
export * from './module';
export * from './module-questions';
