import { buildModules, moduleQuestions, type Module } from '$lib/reading/modules';

// Bundled into the server build only: the prerendered pages carry the result, never the files or the NLP code.
const files = import.meta.glob(['/questions/*/article.md', '/questions/*/questions.yaml'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let cache: Module[] | undefined;

/** Every module under questions/, built once per server process. */
export function allModules(): Module[] {
	if (!cache) {
		const relative = Object.fromEntries(
			Object.entries(files).map(([path, text]) => [path.replace(/^\//, ''), text])
		);
		const { modules, problems } = buildModules(relative, moduleQuestions);
		if (problems.length > 0) throw new Error(`Broken content:\n${problems.join('\n')}`);
		cache = modules;
	}
	return cache;
}

export function findModule(slug: string): Module | undefined {
	return allModules().find((module) => module.slug === slug);
}
