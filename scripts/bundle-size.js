#!/usr/bin/env node
// `npm run size`: the JavaScript each prerendered page makes a student download, gzip- and
// brotli-compressed, following static imports from the page's preloads (lazy chunks excluded).
// Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtPages, pageScripts, walk } from './page-scripts.js';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = 'build';
if (!existsSync(root)) {
	console.error('No build/ folder: run `npm run build` first.');
	process.exit(1);
}

const rows = builtPages(root).map((page) => {
	const files = pageScripts(page);
	const raw = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
	const gzip = files.reduce(
		(sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
		0
	);
	const brotli = files.reduce(
		(sum, file) => sum + brotliCompressSync(readFileSync(file)).length,
		0
	);
	return {
		page: '/' + relative(root, page).replace(/(index)?\.html$/, ''),
		files: files.length,
		raw,
		gzip,
		brotli
	};
});

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
	'page'.padEnd(40),
	'files'.padStart(5),
	'raw'.padStart(10),
	'gzip'.padStart(10),
	'brotli'.padStart(10)
);
for (const row of rows.sort((a, b) => a.page.localeCompare(b.page))) {
	console.log(
		row.page.padEnd(40),
		String(row.files).padStart(5),
		kb(row.raw).padStart(10),
		kb(row.gzip).padStart(10),
		kb(row.brotli).padStart(10)
	);
}

// What the service worker stores on a device at install: every file of the build except the worker
// itself and the deployment check (see src/lib/offline/precache.ts). Sizes as stored (uncompressed).
const cachedFiles = walk(root).filter(
	(file) => !file.endsWith('service-worker.js') && !file.endsWith(join('_app', 'version.json'))
);
const cachedBytes = cachedFiles.reduce((sum, file) => sum + readFileSync(file).length, 0);
const transferBytes = cachedFiles.reduce(
	(sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
	0
);
console.log(
	`\nService worker cache: ${cachedFiles.length} files, ${kb(cachedBytes)} stored, ` +
		`${kb(transferBytes)} to download gzipped.`
);
