import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// LECTERN_BUILD_DIR lets the update test build a second version beside the first.
const outDir = process.env.LECTERN_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered; `fallback` gives hosts an app shell for URLs that were not.
		adapter: adapter({ pages: outDir, assets: outDir, fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by $lib/state/service-worker.svelte.ts, which also offers updates to the student.
		serviceWorker: { register: false }
	}
};

export default config;
