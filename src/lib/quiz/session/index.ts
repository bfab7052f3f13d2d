export * from './describe-response';
export * from './draft';
export * from './missed';
export * from './option-marks';
export * from './rebuild-feedback';
