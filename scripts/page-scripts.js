// The JavaScript a prerendered page loads before anything lazy: its preloaded modules and every
// static import they reach. Shared by `npm run size` and the test that keeps the generator off
// student pages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Every `.html` page of a build folder, the app shell excluded. */
export function builtPages(root) {
	return walk(root).filter((file) => file.endsWith('.html') && !file.endsWith('404.html'));
}

/** Absolute paths of the scripts `page` (an .html file) loads up front. */
export function pageScripts(page) {
	const html = readFileSync(page, 'utf8');
	const starts = [...html.matchAll(/(?:href|import\()\s*=?\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((m) =>
		resolve(dirname(page), m[1])
	);
	return closure(starts);
}

function closure(starts) {
	const seen = new Set();
	const queue = [...starts];
	while (queue.length > 0) {
		const file = queue.pop();
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const match of code.matchAll(
			/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
		)) {
			queue.push(resolve(dirname(file), match[1]));
		}
	}
	return [...seen];
}

export function walk(folder) {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]
	);
}
