/**
 * Where a share link's payload sits: `<base>/open#m=<version>.<data>`. The fragment never reaches a
 * server, so a module travels from teacher to student without being uploaded anywhere.
 */

const SHARE_ROUTE = '/open';
const FRAGMENT_KEY = 'm';

/**
 * The full link for a payload. A trailing slash on `baseUrl` is ignored.
 *
 * @example shareLinkFor('https://lectern.example', '1.q1Z') // 'https://lectern.example/open#m=1.q1Z'
 */
export function shareLinkFor(baseUrl: string, payload: string): string {
	return `${baseUrl.replace(/\/+$/, '')}${SHARE_ROUTE}#${FRAGMENT_KEY}=${payload}`;
}

/**
 * The payload in whatever a person pasted: a whole link, a fragment (`#m=…` or `m=…`) or the bare
 * payload. White space is dropped, since e-mail and chat apps break long links across lines.
 *
 * @example payloadOf('https://x.test/open#m=1.q1Z') // '1.q1Z'
 */
export function payloadOf(text: string): string {
	const compact = text.replace(/\s+/g, '');
	const hash = compact.indexOf('#');
	const fragment = hash === -1 ? compact : compact.slice(hash + 1);
	return fragment.startsWith(`${FRAGMENT_KEY}=`)
		? fragment.slice(FRAGMENT_KEY.length + 1)
		: fragment;
}
