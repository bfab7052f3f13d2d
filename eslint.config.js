import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

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
		// The domain layer must run in Node, the browser and tests alike: no UI or framework imports.
		files: ['src/lib/**/*.ts'],
		ignores: ['src/lib/**/*.svelte.ts', 'src/lib/**/*.svelte.test.ts', 'src/lib/server/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['svelte', 'svelte/*', '$app/*', '*.svelte'] }
			],
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator']
		}
	}
);
