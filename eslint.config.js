import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';
import { domainBoundaries } from './scripts/eslint/domain-boundaries.js';

export default ts.config(
	{
		ignores: [
			'.scratch/',
			'build/',
			'build-next/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'svelte/no-at-html-tags': 'error'
		}
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		plugins: { lectern: { rules: { 'domain-boundaries': domainBoundaries } } },
		rules: { 'lectern/domain-boundaries': 'error' }
	},
	{
		// The domain layer must run in Node, the browser and tests alike: no UI or framework imports,
		// and no hidden clock or dice (the caller passes the time and any randomness in). Runes
		// classes live in state/, components in components/; nowhere else.
		files: ['src/lib/**/*.ts'],
		ignores: ['src/lib/state/**', 'src/lib/components/**', 'src/lib/server/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['svelte', 'svelte/*', '$app/*', '*.svelte'] }
			],
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
			'no-restricted-properties': [
				'error',
				{ object: 'Date', property: 'now', message: 'Take the time as a parameter.' },
				{ object: 'Math', property: 'random', message: 'Take randomness as a parameter.' }
			]
		}
	}
);
