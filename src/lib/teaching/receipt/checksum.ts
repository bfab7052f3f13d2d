import { canonicalJson } from '../../core/codecs';

/** Hex characters kept of the SHA-256: 64 bits, ample against damage and casual edits. */
export const CHECKSUM_LENGTH = 16;

/**
 * A checksum of a receipt's JSON value (key order ignored). It catches damage and casual edits,
 * not a determined forger: anyone with Lectern can compute it. Needs `crypto.subtle`, which
 * browsers offer only on secure (https or localhost) pages; rejects where it is missing.
 *
 * @example await receiptChecksum({ version: 1 }) // e.g. '3f0a…' (16 hex characters)
 */
export async function receiptChecksum(value: unknown): Promise<string> {
	const bytes = new TextEncoder().encode(canonicalJson(value));
	const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
	return [...digest.subarray(0, CHECKSUM_LENGTH / 2)]
		.map((byte) => byte.toString(16).padStart(2, '0'))
		.join('');
}
