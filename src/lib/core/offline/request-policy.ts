/** How the service worker treats one request. */
type RequestPolicy =
	/** Not ours to handle (another origin, a POST, a browser extension): the network as usual. */
	| 'pass-through'
	/** A page: from the cache (any query string ignored), else the network, else the app shell. */
	| 'page'
	/** A page's data (`__data.json`): like a page, the query string SvelteKit adds is ignored. */
	| 'data'
	/** A built or static file: from the cache (any query string ignored), else the network (cached when it succeeds, under its plain address). */
	| 'asset'
	/** Must always come from the network (deployment checks). */
	| 'network-only';

interface RequestFacts {
	method: string;
	url: string;
	/** `request.mode`: "navigate" for pages. */
	mode: string;
}

/**
 * @example requestPolicy({ method: 'GET', url: 'https://x.org/progress', mode: 'navigate' }, 'https://x.org')
 * // 'page'
 */
export function requestPolicy(request: RequestFacts, origin: string): RequestPolicy {
	if (request.method !== 'GET') return 'pass-through';
	const url = new URL(request.url);
	if (url.origin !== origin) return 'pass-through';
	if (url.pathname.endsWith('/_app/version.json')) return 'network-only';
	if (url.pathname.endsWith('/service-worker.js')) return 'network-only';
	if (request.mode === 'navigate') return 'page';
	return url.pathname.endsWith('/__data.json') ? 'data' : 'asset';
}

/**
 * Only complete, successful same-origin answers are stored: an error page, a redirect or a
 * partial (range) response kept in the cache would be served forever after.
 */
export function isCacheable(response: { ok: boolean; status: number; type: string }): boolean {
	return response.ok && response.status === 200 && response.type === 'basic';
}

/**
 * The address a response is cached under: without query string or fragment, so `app.js?v=1`,
 * `app.js?v=2`… are one entry, not one each (the cache would otherwise grow with every variant).
 *
 * @example cacheKey('https://x.org/icon.svg?v=3') // 'https://x.org/icon.svg'
 */
export function cacheKey(url: string): string {
	const plain = new URL(url);
	plain.search = '';
	plain.hash = '';
	return plain.href;
}
