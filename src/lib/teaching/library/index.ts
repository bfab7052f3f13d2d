export * from './assigned-modules';
export * from './module-update';
export * from './students';
export * from './teacher-modules';
