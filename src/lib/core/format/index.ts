export * from './calendar-date';
export * from './words';
