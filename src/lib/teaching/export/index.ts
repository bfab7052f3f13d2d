/** Exports of a module's questions to the formats Moodle (and other LMSs) import. */
export { toGift } from './gift';
export { toAiken } from './aiken';
export * from './qr-code';
