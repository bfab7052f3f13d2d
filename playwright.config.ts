import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './scripts/chromium';

const PORT = 4173;
/** A plain static server whose files the update test can swap for a second build. */
export const STATIC_PORT = 4174;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 30_000,
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS }
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'] } },
		{ name: 'phone', use: { ...devices['Pixel 7'] }, grep: /@phone/ }
	],
	webServer: [
		{
			// The app as a static host serves it, plus a second build: the "new deployment" of the update test.
			command:
				`LECTERN_BUILD_DIR=build-next npx vite build && node scripts/student-files.js build-next && ` +
				`npm run build && ` +
				`node scripts/serve-static.js --root build --port ${PORT}`,
			url: `http://127.0.0.1:${PORT}`,
			reuseExistingServer: !process.env.CI,
			timeout: 240_000,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			command: `node scripts/serve-static.js --root build --next build-next --port ${STATIC_PORT}`,
			url: `http://127.0.0.1:${STATIC_PORT}`,
			reuseExistingServer: !process.env.CI,
			timeout: 240_000,
			stdout: 'ignore',
			stderr: 'pipe'
		}
	]
});
