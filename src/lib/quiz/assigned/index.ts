export * from './question-times';
export * from './sitting-order';
export * from './submission';
export * from './time-limit';
