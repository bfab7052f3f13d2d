import { wholeNumber } from '../../core/format';
import type { UnpackFailure } from '../../core/codecs';

/** Most bytes a payload may unpack to: far above any real module, far below a "zip bomb". */
export const SHARE_LINK_MAX_BYTES = 1_000_000;

/** What a reader is told when a link's data cannot be unpacked, whatever its format. */
export const UNPACK_MESSAGES: Record<UnpackFailure, string> = {
	'not-base64url':
		'This link is damaged or incomplete: it holds characters a Lectern link cannot have. Copy the whole link again.',
	'not-deflate':
		'This link is damaged or incomplete (it may have been cut off when copied). Copy the whole link again.',
	'not-utf8':
		'This link is damaged: its contents are not readable text. Copy the whole link again.',
	'not-json': 'This link is damaged: its contents are not valid JSON. Copy the whole link again.',
	'too-large': `This link unpacks to more than ${wholeNumber(SHARE_LINK_MAX_BYTES)} bytes, far more than any Lectern module.`
};

export const DAMAGED_LINK =
	'This link is damaged or incomplete: it does not match its checksum. Copy the whole link again.';
