/** Assignments: modules a teacher builds and shares as a link, a QR code or a file. */
export {
	AssignmentSchema,
	AssignmentSettingsSchema,
	DEFAULT_SETTINGS,
	type Assignment,
	type AssignmentSettings
} from './assignment';
export {
	encodeShareLink,
	decodeShareLink,
	SHARE_LINK_MAX_CHARS,
	QR_MAX_CHARS,
	type EncodedShareLink,
	type ShareLinkOptions
} from './share-link';
export { shareLinkFor, SHARE_ROUTE } from './share-fragment';
export { articleHash, type OpenedShareLink } from './share-payload';
export { encodeModuleFile, decodeModuleFile, MODULE_FILE_FORMAT } from './module-file';
export * from './assignment';
export * from './bundled-article';
export * from './module-file';
export * from './open-link-lazily';
export * from './share-v3-wire';
