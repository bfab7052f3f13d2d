export { buildWorksheet } from './build-worksheet';
export { paragraphLabel } from './evidence-paragraphs';
export { articleSourceLine } from './source-line';
export type { KeyEntry, WorksheetItem, WorksheetSource } from './worksheet';
