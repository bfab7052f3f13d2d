/**
 * Reading level: word count, reading time and an estimated school grade from two readability
 * formulas. For the build and the teacher's pages: `measure.ts` brings a syllable counter, so
 * student code imports `schema.ts` and `describe.ts` directly and loads `measure.ts` lazily.
 */
export { readingLevelOf } from './stored-or-measured';
export * from './describe';
export * from './measure';
export * from './schema';
