#!/usr/bin/env node
// Writes `student-files.json` into a build: what the service worker caches at install for a
// student. Every page but the teacher's area, every static file, and every script or stylesheet
// those pages can load, lazily loaded ones included (a student may be offline when they first need
// one); nothing only the teacher's area reaches (the question generator, its worker, the editor).
// The teacher's files are cached when the teacher's area is first opened.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { builtPages, walk } from './page-scripts.js';

export const STUDENT_FILES = 'student-files.json';

/** Scripts and stylesheets a file names by relative path: imports, preloads and lazy-load maps. */
function referencesOf(file) {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/["'](\.{1,2}\/[^"'\s]+\.(?:js|css))["']/g)].map((m) =>
		resolve(dirname(file), m[1])
	);
}

const isTeacherPage = (root, file) =>
	/^teach(?:\.html$|\/)/.test(relative(root, file).split(sep).join('/'));

/** @returns the URL paths (from the site root, without the base path) a student's device caches. */
export function studentFiles(root) {
	const pages = builtPages(root);
	const studentPages = pages.filter((page) => !isTeacherPage(root, page));
	const fromStudents = new Set(studentPages.flatMap(referencesOf));
	// Files only the teacher's pages load themselves (their route code): never followed.
	const teacherEntries = new Set(
		pages
			.filter((page) => isTeacherPage(root, page))
			.flatMap(referencesOf)
			.filter((file) => !fromStudents.has(file))
	);
	const shell = resolve(root, '404.html');
	const reached = new Set();
	const queue = [...fromStudents, ...referencesOf(shell)];
	while (queue.length > 0) {
		const file = queue.pop();
		if (reached.has(file) || teacherEntries.has(file)) continue;
		reached.add(file);
		queue.push(...referencesOf(file));
	}
	const everything = walk(root).map((file) => resolve(file));
	const kept = everything.filter((file) => {
		const path = relative(root, file).split(sep).join('/');
		if (path.startsWith('_app/')) return reached.has(file) && !path.endsWith('version.json');
		if (path === 'service-worker.js' || path === STUDENT_FILES) return false;
		// Teacher pages and their data wait for the teacher's area; every other file is the student's.
		return !(path === 'teach' || path.startsWith('teach/') || path.startsWith('teach.'));
	});
	return kept.map((file) => {
		const path = relative(root, file).split(sep).join('/');
		// Prerendered pages are requested without ".html" (and "/" for index.html).
		return '/' + path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = process.argv[2] ?? process.env.LECTERN_BUILD_DIR ?? 'build';
	const list = studentFiles(root);
	writeFileSync(resolve(root, STUDENT_FILES), JSON.stringify(list));
	console.log(`${STUDENT_FILES}: ${list.length} files for a student's device`);
}
