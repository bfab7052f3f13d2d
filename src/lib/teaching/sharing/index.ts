/** Assignments: modules a teacher builds and shares as a link, a QR code or a file. */
export { encodeShareLink, QR_MAX_CHARS } from './share-link';
export { shareLinkFor } from './share-fragment';
export * from './assignment';
export * from './module-file';
export * from './module-file-encode';
export * from './open-link-lazily';
export * from './share-v3-wire';
