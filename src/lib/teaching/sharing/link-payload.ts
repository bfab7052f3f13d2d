import { wholeNumber } from '../../core/format';
import { parsedError, type Parsed } from '../../core/validation';
import { payloadOf } from './share-fragment';

/** The format links are written in today, and the one of older links to shipped articles. */
export const LINK_FORMAT_3 = 3;
export const BUNDLED_LINK_VERSION = 2;
/** Longest payload accepted; longer modules travel as a file (`module-file.ts`). */
export const SHARE_LINK_MAX_CHARS = 32_000;

/**
 * A link's format number and data, from a whole link, a `#m=…` fragment or a bare payload; an
 * error that says what is wrong when it is no Lectern link at all.
 *
 * @example linkPayload('https://lectern.example/open#m=3.abc') // { ok: true, value: { version: '3', data: 'abc' } }
 */
export function linkPayload(text: string): Parsed<{ version: string; data: string }> {
	const payload = payloadOf(text);
	if (!payload) return parsedError('This is not a Lectern link: it is empty.');
	if (payload.length > SHARE_LINK_MAX_CHARS) {
		return parsedError(
			`This link is too long to open (${wholeNumber(payload.length)} characters; the most is ${wholeNumber(SHARE_LINK_MAX_CHARS)}). Ask for the module as a file instead.`
		);
	}
	const match = /^(\d+)\.(.*)$/s.exec(payload);
	if (!match) {
		return parsedError(
			`This is not a Lectern link: it should end in "#m=${LINK_FORMAT_3}." followed by the module.`
		);
	}
	const [, version = '', data = ''] = match;
	return { ok: true, value: { version, data } };
}
