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
		serviceWorker: { register: false },
		// A Content-Security-Policy on every page (a <meta> tag, as pages are prerendered): only this
		// app's own scripts, styles and workers run; SvelteKit hashes its one inline boot script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// The one inline style attribute is SvelteKit's own route announcer (write_root.js),
				// allowed by its hash alone; a browser test fails on any other.
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
