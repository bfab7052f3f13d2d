export * from './base64url';
export * from './canonical-json';
export * from './json-depth';
export * from './packed-json';
