import { parsedError, parsedOk, type Parsed } from '../../core/validation';
import { waitingForArticle, type OpenedShareLink } from './opened-share-link';
import { dictionaryOf, unpackJson } from '../../core/codecs';
import { BUNDLED_LINK_VERSION, LINK_FORMAT_3, linkPayload } from './link-payload';
import { SHARE_LINK_MAX_BYTES, UNPACK_MESSAGES } from './share-messages';
import { openSharePayload } from './share-payload';
import { openV3Link } from './share-v3-decode';

/**
 * Opening a share link, every format ever written (see `share-link.ts` for the formats). Kept
 * apart from making links: a student's device opens links and never needs the encoder, which
 * splits articles into sentences with the heaviest library in the app.
 */

export { SHARE_LINK_MAX_CHARS } from './link-payload';

/**
 * Reads a whole link, a `#m=…` fragment or a bare payload. Never throws: every failure is a
 * message saying what is wrong and what to do.
 *
 * @example
 * const opened = decodeShareLink(location.href);
 * if (opened.ok && opened.value.kind === 'assignment') start(opened.value.assignment);
 */
export function decodeShareLink(text: string): Parsed<OpenedShareLink> {
	const split = linkPayload(text);
	if (!split.ok) return split;
	const { version, data } = split.value;
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
