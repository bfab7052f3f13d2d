#!/usr/bin/env node
// Writes `student-files.json` into a build: what the service worker caches at install for a
// student. Every page but the teacher's area, every static file, and every script or stylesheet
// those pages can load, lazily loaded ones included (a student may be offline when they first need
// one); nothing only the teacher's area reaches (the question generator, its worker, the editor).
// The teacher's files are cached when the teacher's area is first opened.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { walk } from './page-scripts.js';

export const STUDENT_FILES = 'student-files.json';

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
const NODES = '.svelte-kit/generated/client-optimized/nodes';

/** Whether a route node (`…/nodes/12.js` in Vite's manifest) is a page of the teacher's area. */
function isTeacherNode(key) {
	const match = /\/nodes\/(\d+)\.js$/.exec(key);
	if (!match) return false;
	const code = readFileSync(join(NODES, `${match[1]}.js`), 'utf8');
	return /src\/routes\/teach[/+]/.test(code);
}

/**
 * Lazily loaded modules a student needs once per module at most, and only for some: the sentence
 * splitter and the old links' decoder, for what older versions of Lectern made (links of formats
 * 1 and 2, module files without a split, modules saved before splits travelled), about 46 KB
 * gzipped; and the reading-level counter, 7 KB. They are cached when first used instead, as the
 * teacher's files are (see src/service-worker.ts), and what they make is saved with the module.
 */
export const CACHED_ON_FIRST_USE = [
	'src/lib/reading/article/segment.ts',
	'src/lib/teaching/sharing/open-link.ts',
	// The syllable counter: a module opened from a link is measured once, and its level saved.
	'src/lib/reading/reading-level/measure.ts'
];

/** Vite names a lazily loaded chunk after its module's file when the chunk is shared. */
const chunkName = (source) => source.replace(/^.*\//, '').replace(/\.ts$/, '');

/** The manifest keys of `CACHED_ON_FIRST_USE`; throws when one is missing, so a rename is noticed. */
function firstUseKeys(manifest) {
	return CACHED_ON_FIRST_USE.map((source) => {
		const key =
			source in manifest
				? source
				: Object.keys(manifest).find(
						(candidate) =>
							manifest[candidate].isDynamicEntry && manifest[candidate].name === chunkName(source)
					);
		if (!key) throw new Error(`${source} is not a lazily loaded chunk of this build`);
		return key;
	});
}

/**
 * The built scripts and stylesheets a student's pages can load, from the build's own manifest:
 * every entry but the teacher's route nodes, followed through static and lazy imports, except
 * into what is cached on first use.
 */
function studentAssets() {
	const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
	// The teacher's route nodes, and what is cached on first use: never followed from here.
	const notAtInstall = new Set([
		...Object.keys(manifest).filter(isTeacherNode),
		...firstUseKeys(manifest)
	]);
	const queue = Object.keys(manifest).filter(
		(key) => manifest[key].isEntry && !notAtInstall.has(key)
	);
	const seen = new Set();
	const files = new Set();
	while (queue.length > 0) {
		const key = queue.pop();
		if (seen.has(key) || notAtInstall.has(key) || !manifest[key]) continue;
		seen.add(key);
		const entry = manifest[key];
		files.add(entry.file);
		for (const css of entry.css ?? []) files.add(css);
		for (const asset of entry.assets ?? []) files.add(asset);
		queue.push(...(entry.imports ?? []), ...(entry.dynamicImports ?? []));
	}
	return files;
}

const isTeacherPath = (path) => /^teach(?:$|\/|\.)/.test(path);

/** Prerendered pages cached at install: home (the first visit loads it anyway) and the app shell. */
const KEPT_PAGES = new Set(['index.html', '404.html']);

/**
 * Other files cached when first fetched: the large install icons, which the browser fetches itself
 * (online) when the app is installed (the 192-pixel one stays: every page names it as its touch
 * icon); and home's data, as its page is cached and SvelteKit loads the page itself when its data
 * cannot be fetched (every other page's data stays, for the app shell to show that page offline).
 */
const LEFT_TO_FIRST_USE = new Set([
	'icons/icon-512.png',
	'icons/icon-maskable-512.png',
	'__data.json'
]);

/**
 * @returns the URL paths (from the site root, without the base path) a student's device caches,
 * or undefined when the manifest does not describe this build (then the device caches everything).
 */
export function studentFiles(root) {
	const assets = studentAssets();
	const everything = walk(root).map((file) => relative(root, file).split(sep).join('/'));
	if ([...assets].some((file) => !everything.includes(file))) return undefined;
	const kept = everything.filter((path) => {
		if (path.startsWith('_app/')) return assets.has(path);
		if (path === 'service-worker.js' || path === STUDENT_FILES) return false;
		if (LEFT_TO_FIRST_USE.has(path)) return false;
		// A page is cached when first visited; before that, offline, the app shell shows it from
		// its data (`__data.json`, cached here), as SvelteKit renders any page in the browser.
		if (path.endsWith('.html') && !KEPT_PAGES.has(path)) return false;
		// Teacher pages and their data wait for the teacher's area; every other file is the student's.
		return !isTeacherPath(path);
	});
	// Prerendered pages are requested without ".html" (and "/" for index.html).
	return kept.map((path) => '/' + path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, ''));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = process.argv[2] ?? process.env.LECTERN_BUILD_DIR ?? 'build';
	const list = studentFiles(root);
	if (list) {
		writeFileSync(resolve(root, STUDENT_FILES), JSON.stringify(list));
		console.log(`${STUDENT_FILES}: ${list.length} files for a student's device`);
	} else {
		rmSync(resolve(root, STUDENT_FILES), { force: true });
		console.warn(
			`${STUDENT_FILES} not written: the manifest is of another build; devices cache everything`
		);
	}
}
