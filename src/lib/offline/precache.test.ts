import { describe, expect, it } from 'vitest';
import { appShellPath, cacheName, precacheList, staleCaches } from './precache';

describe('precacheList', () => {
	it('lists assets, static files, pages and the app shell once each', () => {
		const list = precacheList({
			base: '',
			build: ['/_app/immutable/a.js', '/_app/version.json'],
			files: ['/favicon.svg', '/manifest.webmanifest'],
			prerendered: ['/', '/progress', '/progress/__data.json', '/404.html']
		});
		expect(list).toEqual([
			'/_app/immutable/a.js',
			'/favicon.svg',
			'/manifest.webmanifest',
			'/',
			'/progress',
			'/progress/__data.json',
			'/404.html'
		]);
	});

	it('never precaches the deployment check, so new versions stay visible', () => {
		const list = precacheList({
			base: '/lectern',
			build: ['/lectern/_app/version.json'],
			files: [],
			prerendered: []
		});
		expect(list).toEqual(['/lectern/404.html']);
	});

	it('puts the app shell under the base path', () => {
		expect(appShellPath('/lectern')).toBe('/lectern/404.html');
	});
});

describe('staleCaches', () => {
	it("deletes earlier Lectern caches and keeps the current one and other apps' caches", () => {
		const current = cacheName('2');
		expect(staleCaches(['lectern-1', current, 'other-app', 'lectern-0'], current)).toEqual([
			'lectern-1',
			'lectern-0'
		]);
	});
});
