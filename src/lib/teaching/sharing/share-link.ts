/**
 * A module as a link: `<base>/open#m=<format>.<data>`. A new format gets a new number, and old
 * numbers keep decoding forever (fixtures of each sit in `fixtures/`).
 *
 * - Format 1: `1.<base64url of raw DEFLATE of compact JSON>`, described in `share-payload.ts`.
 * - Format 2, for an article that ships with Lectern: `2.<slug>.<article hash in base 36>.<the
 *   same JSON, DEFLATEd with the article as dictionary>`.
 * - Format 3, written today: `3.<checksum>.<data>` or `3.<checksum>.<slug>.<article hash>.<data>`.
 *   An 8-character checksum (SHA-256) over everything after it refuses any changed link; the
 *   article travels split into sentences, so students' devices never split it; compact enough for
 *   one QR code. Layout in `share-v3-wire.ts`.
 */
import type { Assignment } from './assignment';
import { SHARE_LINK_MAX_CHARS } from './link-payload';
import { encodeV3Link } from './share-v3-encode';

export { decodeShareLink, SHARE_LINK_MAX_CHARS } from './open-link';
/** Most characters a QR code holds (byte mode, error correction L, version 40). */
export const QR_MAX_CHARS = 2_953;

interface ShareLinkOptions {
	/** Refer to an article that ships with Lectern instead of carrying its text. The caller vouches
	 * that `assignment.body` is that article's body; the link records its hash to catch changes. */
	bundledArticle?: { slug: string };
}

interface EncodedShareLink {
	payload: string;
	length: number;
	/** Longer than `SHARE_LINK_MAX_CHARS`: offer the module as a file instead. */
	tooLong: boolean;
}

/**
 * @example
 * const { payload } = encodeShareLink(assignment);
 * shareLinkFor('https://lectern.example', payload); // 'https://lectern.example/open#m=3.…'
 */
export function encodeShareLink(
	assignment: Assignment,
	options: ShareLinkOptions = {}
): EncodedShareLink {
	const payload = encodeV3Link(assignment, options.bundledArticle?.slug);
	return { payload, length: payload.length, tooLong: payload.length > SHARE_LINK_MAX_CHARS };
}
