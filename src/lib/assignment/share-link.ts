import { parsedError, parsedOk, type Parsed } from '../validation/result';
import type { Assignment } from './assignment';
import { waitingForArticle, type OpenedShareLink } from './opened-share-link';
import { dictionaryOf, unpackJson } from './packed-json';
import { payloadOf } from './share-fragment';
import { SHARE_LINK_MAX_BYTES, UNPACK_MESSAGES } from './share-messages';
import { openSharePayload } from './share-payload';
import { encodeV3Link, LINK_FORMAT_3 } from './share-v3-encode';
import { openV3Link } from './share-v3-decode';

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

export const SHARE_LINK_VERSION = LINK_FORMAT_3;
export const BUNDLED_LINK_VERSION = 2;
/** Longest payload accepted; longer modules travel as a file (`module-file.ts`). */
export const SHARE_LINK_MAX_CHARS = 32_000;
/** Most characters a QR code holds (byte mode, error correction L, version 40). */
export const QR_MAX_CHARS = 2_953;
export { SHARE_LINK_MAX_BYTES };

export interface ShareLinkOptions {
	/** Refer to an article that ships with Lectern instead of carrying its text. The caller vouches
	 * that `assignment.body` is that article's body; the link records its hash to catch changes. */
	bundledArticle?: { slug: string };
}

export interface EncodedShareLink {
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

/**
 * Reads a whole link, a `#m=…` fragment or a bare payload. Never throws: every failure is a
 * message saying what is wrong and what to do.
 *
 * @example
 * const opened = decodeShareLink(location.href);
 * if (opened.ok && opened.value.kind === 'assignment') start(opened.value.assignment);
 */
export function decodeShareLink(text: string): Parsed<OpenedShareLink> {
	const payload = payloadOf(text);
	if (!payload) return parsedError('This is not a Lectern link: it is empty.');
	if (payload.length > SHARE_LINK_MAX_CHARS) {
		return parsedError(
			`This link is too long to open (${payload.length.toLocaleString('en')} characters; the most is ${SHARE_LINK_MAX_CHARS.toLocaleString('en')}). Ask for the module as a file instead.`
		);
	}
	const match = /^(\d+)\.(.*)$/s.exec(payload);
	if (!match) {
		return parsedError(
			`This is not a Lectern link: it should end in "#m=${SHARE_LINK_VERSION}." followed by the module.`
		);
	}
	const [, version = '', data = ''] = match;
	if (version === String(LINK_FORMAT_3)) return openV3Link(data);
	if (version === String(BUNDLED_LINK_VERSION)) return openBundledLink(data);
	if (version !== '1') {
		return parsedError(
			Number(version) > LINK_FORMAT_3
				? `This link was made by a newer version of Lectern (link format ${version}). Update Lectern to open it.`
				: `This link has an unknown format (${version}), so this version of Lectern cannot open it.`
		);
	}
	const unpacked = unpackJson(data, SHARE_LINK_MAX_BYTES);
	if (!unpacked.ok) return parsedError(UNPACK_MESSAGES[unpacked.reason]);
	return openSharePayload(unpacked.value);
}

/** Format 2: the article is needed before anything can be unpacked, so unpacking waits for it. */
function openBundledLink(rest: string): Parsed<OpenedShareLink> {
	const match = /^([a-z0-9][a-z0-9-]{0,99})\.([0-9a-z]{1,7})\.(.*)$/s.exec(rest);
	if (!match) {
		return parsedError(
			'This link is damaged or incomplete: it should name an article that comes with Lectern. Copy the whole link again.'
		);
	}
	const [, slug = '', hashText = '', data = ''] = match;
	const hash = parseInt(hashText, 36);
	return waitingForArticle(slug, hash, slug, (body) => {
		const unpacked = unpackJson(data, SHARE_LINK_MAX_BYTES, dictionaryOf(body.trim()));
		if (!unpacked.ok) return parsedError(UNPACK_MESSAGES[unpacked.reason]);
		const opened = openSharePayload(unpacked.value);
		if (!opened.ok) return opened;
		return opened.value.kind === 'needs-article'
			? opened.value.complete(body)
			: parsedOk(opened.value.assignment);
	});
}
