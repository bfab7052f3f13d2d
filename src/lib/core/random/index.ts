export * from './shuffle';
export * from './seeded-order';
