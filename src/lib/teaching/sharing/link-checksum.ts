import { sha256 } from '@noble/hashes/sha2.js';
import { toBase64url } from '../../core/codecs';

/**
 * The checksum of a format-3 share link: the first 6 bytes of the SHA-256 of the link's text after
 * `3.<checksum>.`, as 8 base64url characters. 48 bits make an accidental match of a damaged link
 * about one in 280 trillion. It guards against damage (a mistyped or dropped character), not forgery:
 * anyone can recompute it. Synchronous (a small pure-JS SHA-256), because links are decoded
 * synchronously and `crypto.subtle` is missing on plain-http pages.
 */

export const LINK_CHECKSUM_CHARS = 8;
const CHECKSUM_BYTES = 6;

/** @example linkChecksum('abc') // 'ungWv48B' (SHA-256 of "abc" starts ba 78 16 bf 8f 01) */
export function linkChecksum(text: string): string {
	return toBase64url(sha256(new TextEncoder().encode(text)).subarray(0, CHECKSUM_BYTES));
}
