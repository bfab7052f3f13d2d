/**
 * What the service worker stores at install: every built asset, every static file, every
 * prerendered page and its data, and the app shell (adapter-static's fallback page) that stands in
 * for any page that was never prerendered.
 */
export interface BuildManifest {
	/** `$service-worker`'s `base`: the app's path prefix, "" at the root of a host. */
	base: string;
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
}

/** adapter-static writes the fallback here (see `fallback` in svelte.config.js). */
export const APP_SHELL_FILE = '404.html';

/**
 * SvelteKit polls this to notice a new deployment; a cached copy would hide every new version.
 */
const NEVER_CACHED = ['/_app/version.json'];

/**
 * @example precacheList({ base: '', build: ['/_app/a.js'], files: ['/favicon.svg'], prerendered: ['/'] })
 * // ['/_app/a.js', '/favicon.svg', '/', '/404.html']
 */
export function precacheList(manifest: BuildManifest): string[] {
	const shell = appShellPath(manifest.base);
	const skipped = new Set(NEVER_CACHED.map((path) => manifest.base + path));
	const all = [...manifest.build, ...manifest.files, ...manifest.prerendered, shell];
	return [...new Set(all)].filter((path) => !skipped.has(path));
}

export const appShellPath = (base: string) => `${base}/${APP_SHELL_FILE}`;

export const cacheName = (version: string) => `lectern-${version}`;

/** Caches of earlier versions of Lectern, which activation deletes; other apps' caches are left alone. */
export function staleCaches(names: readonly string[], current: string): string[] {
	return names.filter((name) => name.startsWith('lectern-') && name !== current);
}
