import { describe, expect, it } from 'vitest';
import {
	appShellPath,
	cacheName,
	installList,
	isTeacherArea,
	precacheList,
	staleCaches
} from './precache';

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

describe('installList', () => {
	const all = ['/_app/a.js', '/_app/generator.js', '/', '/teach', '/404.html'];

	it('caches what the build lists for students, and only files this deployment has', () => {
		expect(installList(all, ['/_app/a.js', '/', '/_app/gone.js'], '')).toEqual([
			'/_app/a.js',
			'/',
			'/404.html'
		]);
	});

	it('puts the base path in front and keeps the app shell', () => {
		expect(
			installList(['/lectern/', '/lectern/404.html', '/lectern/teach'], ['/'], '/lectern')
		).toEqual(['/lectern/', '/lectern/404.html']);
	});

	it('caches everything when the build has no student list, or a damaged one', () => {
		expect(installList(all, undefined, '')).toEqual(all);
		expect(installList(all, [7, null, '/'], '')).toEqual(['/', '/404.html']);
	});
});

describe('isTeacherArea', () => {
	it('knows the teacher’s pages under any base path', () => {
		expect(isTeacherArea('/teach', '')).toBe(true);
		expect(isTeacherArea('/lectern/teach/edit', '/lectern')).toBe(true);
		expect(isTeacherArea('/teacher-notes', '')).toBe(false);
		expect(isTeacherArea('/modules/x', '')).toBe(false);
	});
});
