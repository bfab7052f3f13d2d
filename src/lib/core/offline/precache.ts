/**
 * What the service worker stores at install: every built asset, every static file, every
 * prerendered page and its data, and the app shell (adapter-static's fallback page) that stands in
 * for any page that was never prerendered.
 */
interface BuildManifest {
	/** `$service-worker`'s `base`: the app's path prefix, "" at the root of a host. */
	base: string;
	build: readonly string[];
	files: readonly string[];
	prerendered: readonly string[];
}

/** adapter-static writes the fallback here (see `fallback` in svelte.config.js). */
const APP_SHELL_FILE = '404.html';

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

/** Written by `scripts/student-files.js` at build time: the files a student's device caches. */
export const STUDENT_FILES = 'student-files.json';

/**
 * What a student's device caches at install: the build's own list of student files, kept to what
 * this deployment has (and never the deployment check); everything when there is no such list.
 *
 * @example installList(all, ['/', '/_app/a.js'], '') // ['/', '/_app/a.js'] if both are in `all`
 */
export function installList(
	all: readonly string[],
	studentFiles: readonly unknown[] | undefined,
	base: string
): string[] {
	if (!studentFiles) return [...all];
	const known = new Set(all);
	const wanted = studentFiles
		.filter((path): path is string => typeof path === 'string')
		.map((path) => base + path);
	const list = wanted.filter((path) => known.has(path));
	// The app shell answers any page offline: always there, whatever the list says.
	const shell = appShellPath(base);
	return list.includes(shell) ? list : [...list, shell];
}

/** Pages of the teacher's area: opening one caches the rest of the app for offline use. */
export const isTeacherArea = (pathname: string, base: string) =>
	pathname === `${base}/teach` || pathname.startsWith(`${base}/teach/`);

export const cacheName = (version: string) => `lectern-${version}`;

/** Caches of earlier versions of Lectern, which activation deletes; other apps' caches are left alone. */
export function staleCaches(names: readonly string[], current: string): string[] {
	return names.filter((name) => name.startsWith('lectern-') && name !== current);
}
