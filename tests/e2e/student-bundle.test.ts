import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, pageScripts } from '../../scripts/page-scripts.js';
import { expect, test } from './fixtures';

/** Vite's record of the last client build (the one the web server serves): source → chunk. */
const manifest: Record<string, { file: string; isDynamicEntry?: boolean }> = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
);

// A part-of-speech tag only compromise's full tagger knows (the tokenizer students use lacks it).
const TAGGER_MARKER = /["']Uncountable["']/;

test('no page loads the question generator up front; the builder loads it lazily', () => {
	const generator = manifest['src/lib/generate/index.ts'];
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
