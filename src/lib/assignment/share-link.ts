import { parsedError, parsedOk, type Parsed } from '../validation/result';
import type { Assignment } from './assignment';
import { dictionaryOf, packJson, unpackJson, type UnpackFailure } from './packed-json';
import { payloadOf } from './share-fragment';
import {
	articleHash,
	buildSharePayload,
	openSharePayload,
	type OpenedShareLink
} from './share-payload';

/**
 * A module as a link: `<base>/open#m=1.<base64url of raw DEFLATE of compact JSON>`. Format 1 is
 * described in `share-payload.ts`; a new format gets a new number, and old numbers keep decoding.
 * Format 2 is for modules on an article that ships with Lectern:
 * `2.<slug>.<article hash in base 36>.<the same JSON, DEFLATEd with the article as dictionary>`,
 * about a quarter shorter, which brings a whole bundled module within one QR code.
 */

export const SHARE_LINK_VERSION = 1;
export const BUNDLED_LINK_VERSION = 2;
/** Longest payload accepted; longer modules travel as a file (`module-file.ts`). */
export const SHARE_LINK_MAX_CHARS = 32_000;
/** Most characters a QR code holds (byte mode, error correction L, version 40). */
export const QR_MAX_CHARS = 2_953;
/** Most bytes a payload may unpack to: far above any real module, far below a "zip bomb". */
export const SHARE_LINK_MAX_BYTES = 1_000_000;

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
 * shareLinkFor('https://lectern.example', payload); // 'https://lectern.example/open#m=1.…'
 */
export function encodeShareLink(
	assignment: Assignment,
	options: ShareLinkOptions = {}
): EncodedShareLink {
	const slug = options.bundledArticle?.slug;
	const data = buildSharePayload(assignment, slug);
	const payload = slug
		? [
				BUNDLED_LINK_VERSION,
				slug,
				articleHash(assignment.body).toString(36),
				packJson(data, dictionaryOf(assignment.body.trim()))
			].join('.')
		: `${SHARE_LINK_VERSION}.${packJson(data)}`;
	return { payload, length: payload.length, tooLong: payload.length > SHARE_LINK_MAX_CHARS };
}

const UNPACK_MESSAGES: Record<UnpackFailure, string> = {
	'not-base64url':
		'This link is damaged or incomplete: it holds characters a Lectern link cannot have. Copy the whole link again.',
	'not-deflate':
		'This link is damaged or incomplete (it may have been cut off when copied). Copy the whole link again.',
	'not-utf8':
		'This link is damaged: its contents are not readable text. Copy the whole link again.',
	'not-json': 'This link is damaged: its contents are not valid JSON. Copy the whole link again.',
	'too-large': `This link unpacks to more than ${SHARE_LINK_MAX_BYTES.toLocaleString('en')} bytes, far more than any Lectern module.`
};

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
	if (version === String(BUNDLED_LINK_VERSION)) return openBundledLink(data);
	if (version !== String(SHARE_LINK_VERSION)) {
		return parsedError(
			Number(version) > BUNDLED_LINK_VERSION
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
	return parsedOk({
		kind: 'needs-article',
		slug,
		hash,
		title: slug,
		complete: (body: string) => {
			if (articleHash(body) !== hash) {
				return parsedError(
					`article: the bundled article "${slug}" has changed since this link was made, so its questions may no longer fit it; ask for a new link`
				);
			}
			const unpacked = unpackJson(data, SHARE_LINK_MAX_BYTES, dictionaryOf(body.trim()));
			if (!unpacked.ok) return parsedError(UNPACK_MESSAGES[unpacked.reason]);
			const opened = openSharePayload(unpacked.value);
			if (!opened.ok) return opened;
			return opened.value.kind === 'needs-article'
				? opened.value.complete(body)
				: parsedOk(opened.value.assignment);
		}
	});
}
