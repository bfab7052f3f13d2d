import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateContent } from './scripts/content-check-plugin';

export default defineConfig({
	plugins: [validateContent(), sveltekit()],
	// The question generator runs in a module worker (src/lib/state/generate.worker.ts).
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
