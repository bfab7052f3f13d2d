import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { decodeShareLink } from './open-link';
import { openShareLinkLazily } from './open-link-lazily';

const fixture = (name: string) =>
	readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8').trim();

describe('openShareLinkLazily', () => {
	it.each([
		'link-format-1.txt',
		'link-format-2.txt',
		'link-format-3.txt',
		'link-format-3-bundled.txt'
	])('opens %s exactly as the full decoder does', async (name) => {
		const link = fixture(name);
		const lazily = await openShareLinkLazily(link);
		const fully = decodeShareLink(link);
		expect(lazily.ok).toBe(true);
		expect(JSON.stringify(lazily)).toBe(JSON.stringify(fully));
	});

	it('refuses what is no link with the same message', async () => {
		expect(await openShareLinkLazily('')).toEqual(decodeShareLink(''));
		expect(await openShareLinkLazily('#m=hello')).toEqual(decodeShareLink('#m=hello'));
	});

	it('asks for a connection when the older links’ decoder cannot load, as offline before it was cached', async () => {
		vi.resetModules();
		vi.doMock('./open-link', () => {
			throw new TypeError('Failed to fetch dynamically imported module');
		});
		try {
			const lazily = await import('./open-link-lazily');
			expect(await lazily.openShareLinkLazily(fixture('link-format-1.txt'))).toEqual({
				ok: false,
				errors: [lazily.OLDER_LINK_NEEDS_CONNECTION]
			});
			// A link made today needs no decoder to load.
			expect((await lazily.openShareLinkLazily(fixture('link-format-3.txt'))).ok).toBe(true);
		} finally {
			vi.doUnmock('./open-link');
			vi.resetModules();
		}
	});
});
