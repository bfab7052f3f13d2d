import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtPages, pageScripts, walk } from '../../scripts/page-scripts.js';
import { expect, test } from './fixtures';

/** Vite's record of the last client build (the one the web server serves): source → chunk. */
const manifest: Record<string, { file: string; isDynamicEntry?: boolean }> = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
);

// A part-of-speech tag only compromise's full tagger knows (the tokenizer students use lacks it).
const TAGGER_MARKER = /["']Uncountable["']/;

test('no page loads the question generator up front; the builder loads it lazily', () => {
	const generator = manifest['src/lib/reading/generate/index.ts'];
	expect(generator?.isDynamicEntry, 'the generator is a lazily loaded chunk').toBe(true);
	const generatorFile = join(process.cwd(), 'build', generator?.file ?? 'missing');
	expect(readFileSync(generatorFile, 'utf8')).toMatch(TAGGER_MARKER);

	const pages = builtPages('build');
	expect(pages.filter((page) => !page.includes('/teach')).length).toBeGreaterThanOrEqual(9);
	for (const page of pages) {
		const loaded = pageScripts(page);
		expect(loaded.length, page).toBeGreaterThan(0);
		expect(loaded, page).not.toContain(generatorFile);
		const tagged = loaded.filter((file) => TAGGER_MARKER.test(readFileSync(file, 'utf8')));
		expect(tagged, page).toEqual([]);
	}
});

/** Text only each import library's code carries, kept by any minifier (string literals). */
const IMPORT_LIBRARIES = {
	Readability: /readability-page-1/,
	mammoth: /word\/document\.xml/,
	'PDF.js': /Invalid PDF (?:url data|binary data|structure)/
};

test('no page loads an import library up front, and no student device caches one; each is its own lazy chunk', () => {
	for (const reader of [
		'src/lib/teaching/import/read-html.ts',
		'src/lib/teaching/import/read-docx.ts'
	]) {
		expect(manifest[reader]?.isDynamicEntry, `${reader} is a lazily loaded chunk`).toBe(true);
	}
	const built = walk('build/_app')
		.filter((file) => /\.m?js$/.test(file))
		.map((file) => resolve(file));
	const studentList: string[] = JSON.parse(readFileSync('build/student-files.json', 'utf8'));
	const cached = studentList.map((path) => resolve('build', `.${path}`));
	const pages = builtPages('build');
	const carriersOf = new Map<string, string[]>();
	for (const [library, marker] of Object.entries(IMPORT_LIBRARIES)) {
		const carriers = built.filter((file) => marker.test(readFileSync(file, 'utf8')));
		expect(carriers.length, `${library} is in the build`).toBeGreaterThan(0);
		carriersOf.set(library, carriers);
		for (const page of pages) {
			// The builder's page too: it loads a library only when a file of its kind arrives.
			expect(
				pageScripts(page).filter((file) => carriers.includes(file)),
				`${library} on ${page}`
			).toEqual([]);
		}
		expect(
			cached.filter((file) => carriers.includes(file)),
			`${library} in student-files.json`
		).toEqual([]);
	}
	const [readability, mammoth] = [
		carriersOf.get('Readability') ?? [],
		carriersOf.get('mammoth') ?? []
	];
	expect(
		readability.filter((file) => mammoth.includes(file)),
		'Readability and mammoth share no chunk'
	).toEqual([]);
});

// The name of ts-fsrs's error class, a string literal every minifier keeps.
const SCHEDULER_MARKER = /["']FSRSError["']/;

test('no page loads the review scheduler up front; a student device caches it for recording offline', () => {
	const carriers = walk('build/_app')
		.filter((file) => /\.m?js$/.test(file))
		.map((file) => resolve(file))
		.filter((file) => SCHEDULER_MARKER.test(readFileSync(file, 'utf8')));
	expect(carriers.length, 'ts-fsrs is in the build').toBeGreaterThan(0);
	for (const page of builtPages('build')) {
		expect(
			pageScripts(page).filter((file) => carriers.includes(file)),
			page
		).toEqual([]);
	}
	const studentList: string[] = JSON.parse(readFileSync('build/student-files.json', 'utf8'));
	const cached = studentList.map((path) => resolve('build', `.${path}`));
	expect(carriers.filter((file) => !cached.includes(file))).toEqual([]);
});

// An error message of fflate's inflater, a string literal every minifier keeps.
const COMPRESSION_MARKER = /unexpected EOF/;

test('the assigned quiz page loads the compression library only at the submit, and a student device caches it', () => {
	const carriers = walk('build/_app')
		.filter((file) => /\.m?js$/.test(file))
		.map((file) => resolve(file))
		// PDF.js's worker (the teacher's import) has an inflater of its own.
		.filter((file) => !file.includes('/workers/'))
		.filter((file) => COMPRESSION_MARKER.test(readFileSync(file, 'utf8')));
	expect(carriers.length, 'fflate is in the build').toBeGreaterThan(0);
	const quizPage = builtPages('build').find((page) => page.endsWith('assigned/quiz.html'));
	expect(quizPage, 'the assigned quiz page is built').toBeDefined();
	expect(pageScripts(quizPage ?? '').filter((file) => carriers.includes(file))).toEqual([]);
	const studentList: string[] = JSON.parse(readFileSync('build/student-files.json', 'utf8'));
	const cached = studentList.map((path) => resolve('build', `.${path}`));
	expect(carriers.filter((file) => !cached.includes(file))).toEqual([]);
});
