export * from './fnv1a';
