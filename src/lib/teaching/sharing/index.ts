/** Assignments: modules a teacher builds and shares as a link, a QR code or a file. */
export {
	AssignmentSchema,
	AssignmentSettingsSchema,
	DEFAULT_SETTINGS,
	type Assignment,
	type AssignmentSettings
} from './assignment';
export { encodeShareLink, QR_MAX_CHARS } from './share-link';
export { shareLinkFor } from './share-fragment';
export { encodeModuleFile, decodeModuleFile } from './module-file';
export * from './assignment';
export * from './module-file';
export * from './open-link-lazily';
export * from './share-v3-wire';
