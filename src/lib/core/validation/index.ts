export * from './calendar-date';
export * from './describe-issues';
export * from './non-empty';
export * from './parse-json';
export * from './result';
export * from './showable-time';
export * from './timestamp';
export * from './unique';
