import { describe, expect, it } from 'vitest';
import { cacheKey, isCacheable, requestPolicy } from './request-policy';

const origin = 'https://lectern.example';
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: origin + path, mode });

describe('requestPolicy', () => {
	it('serves page navigations as pages, with or without a query string', () => {
		expect(requestPolicy(get('/modules/a/quiz', 'navigate'), origin)).toBe('page');
		expect(requestPolicy(get('/assigned?id=abc', 'navigate'), origin)).toBe('page');
	});

	it('serves scripts and static files as assets', () => {
		expect(requestPolicy(get('/_app/immutable/nodes/0.js'), origin)).toBe('asset');
		expect(requestPolicy(get('/icons/icon-192.png'), origin)).toBe('asset');
	});

	it("serves a page's data as data, whatever query SvelteKit adds", () => {
		expect(requestPolicy(get('/modules/a/__data.json'), origin)).toBe('data');
		expect(requestPolicy(get('/modules/a/__data.json?x-sveltekit-invalidated=01'), origin)).toBe(
			'data'
		);
	});

	it('leaves other origins and other methods to the network', () => {
		expect(requestPolicy({ ...get('/'), url: 'https://cdn.example/x.js' }, origin)).toBe(
			'pass-through'
		);
		expect(requestPolicy({ ...get('/'), method: 'POST' }, origin)).toBe('pass-through');
	});

	it('always asks the network whether a new version was deployed', () => {
		expect(requestPolicy(get('/_app/version.json'), origin)).toBe('network-only');
		expect(requestPolicy(get('/service-worker.js'), origin)).toBe('network-only');
	});
});

describe('isCacheable', () => {
	it('keeps only complete successful same-origin responses', () => {
		expect(isCacheable({ ok: true, status: 200, type: 'basic' })).toBe(true);
		expect(isCacheable({ ok: false, status: 404, type: 'basic' })).toBe(false);
		expect(isCacheable({ ok: false, status: 500, type: 'basic' })).toBe(false);
		expect(isCacheable({ ok: true, status: 206, type: 'basic' })).toBe(false);
		expect(isCacheable({ ok: false, status: 0, type: 'opaque' })).toBe(false);
	});
});

describe('cacheKey', () => {
	it('stores every query-string variant of a file as one entry', () => {
		expect(cacheKey('https://x.org/_app/a.js?v=1')).toBe('https://x.org/_app/a.js');
		expect(cacheKey('https://x.org/_app/a.js?v=2#top')).toBe('https://x.org/_app/a.js');
		expect(cacheKey('https://x.org/icon.svg')).toBe('https://x.org/icon.svg');
	});
});
