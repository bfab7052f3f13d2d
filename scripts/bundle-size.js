#!/usr/bin/env node
// `npm run size`: the JavaScript each prerendered page makes a student download, gzip- and
// brotli-compressed, following static imports from the page's preloads (lazy chunks excluded),
// and a student's first visit. Run after `npm run build`. With `--check` (as `npm test` runs it)
// it fails when a student page or the first visit is over its budget in size-budget.json.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { builtPages, pageScripts, walk } from './page-scripts.js';
import { STUDENT_FILES } from './student-files.js';
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

// What a student's device downloads: the home page with everything it loads, and the service
// worker's install cache (student-files.json, see scripts/student-files.js), each file once (the
// server marks hashed files immutable, so the install reads the page's own files from the HTTP cache).
const fileOf = (path) => {
	const direct = join(root, path);
	for (const candidate of [direct, `${direct}.html`, join(direct, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return resolve(candidate);
	}
	return undefined;
};
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const studentList = join(root, STUDENT_FILES);
if (!existsSync(studentList)) {
	console.error('\nNo student-files.json: run `npm run build` (it writes the list).');
	process.exit(1);
}
const studentFiles = JSON.parse(readFileSync(studentList, 'utf8')).map(fileOf).filter(Boolean);
const home = [resolve(root, 'index.html'), ...pageScripts(join(root, 'index.html'))];
const firstVisit = new Set([...home, ...studentFiles, resolve(root, 'service-worker.js')]);
const installBytes = studentFiles.reduce((sum, file) => sum + gz(file), 0);
const firstBytes = [...firstVisit].reduce((sum, file) => sum + gz(file), 0);
const everything = walk(root).filter(
	(file) => !file.endsWith('service-worker.js') && !file.endsWith(join('_app', 'version.json'))
);
console.log(
	`\nStudent install cache: ${studentFiles.length} files, ${kb(installBytes)} gzipped` +
		` (the whole app, teacher's area included: ${everything.length} files, ${kb(everything.reduce((sum, file) => sum + gz(file), 0))}).`
);
console.log(
	`A student's first visit (home page, service worker and install cache): ${kb(firstBytes)} gzipped.`
);

if (process.argv.includes('--check')) {
	const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
	const over = [];
	for (const row of rows) {
		const limit = budget.pages[row.page];
		if (row.page.startsWith('/teach')) continue;
		if (limit === undefined) over.push(`${row.page} has no budget in size-budget.json`);
		else if (row.gzip / 1024 > limit) over.push(`${row.page}: ${kb(row.gzip)} > ${limit} KB`);
	}
	if (firstBytes / 1024 > budget.firstVisit)
		over.push(`first visit: ${kb(firstBytes)} > ${budget.firstVisit} KB`);
	if (over.length > 0) {
		console.error(`\nOver the size budget:\n  ${over.join('\n  ')}`);
		process.exit(1);
	}
	console.log('\nEvery student page and the first visit are within size-budget.json.');
}
