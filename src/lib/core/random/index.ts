export * from './shuffle';
