export * from './date';
export * from './duration';
export * from './file-name';
export * from './number';
export * from './month-names';
