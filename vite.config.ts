import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateContent } from './scripts/content-check-plugin';
import { DOMAIN_AREAS } from './scripts/domain-areas.js';

const DOMAIN_FILE = new RegExp(`/src/lib/(${DOMAIN_AREAS.join('|')})/.*\\.ts$`);
/**
 * ts-fsrs only defines its scheduler, but its package.json does not say so (no "sideEffects"), and
 * without that a page that never schedules a review would still download all of it.
 */
const PURE_PACKAGE = /\/node_modules\/ts-fsrs\//;

export default defineConfig({
	plugins: [validateContent(), sveltekit()],
	// The question generator runs in a module worker (src/lib/state/generate.worker.ts).
	worker: { format: 'es' },
	build: {
		rollupOptions: {
			// Other domains import a domain through its index.ts. The domain is side-effect free (lint
			// forbids globals and framework imports there), so a page keeps only the files it uses
			// and never the heavy ones (compromise, marked) that share an index with them.
			treeshake: { moduleSideEffects: (id) => !DOMAIN_FILE.test(id) && !PURE_PACKAGE.test(id) }
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
