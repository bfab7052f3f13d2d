/** How the service worker treats one request. */
export type RequestPolicy =
	/** Not ours to handle (another origin, a POST, a browser extension): the network as usual. */
	| 'pass-through'
	/** A page: from the cache (any query string ignored), else the network, else the app shell. */
	| 'page'
	/** A page's data (`__data.json`): like a page, the query string SvelteKit adds is ignored. */
	| 'data'
	/** A built or static file: from the cache, else the network (cached when it succeeds). */
	| 'asset'
	/** Must always come from the network (deployment checks). */
	| 'network-only';

export interface RequestFacts {
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
