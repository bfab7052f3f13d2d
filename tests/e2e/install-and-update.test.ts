import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/chromium';
import { expect, test } from './fixtures';
import { answerWithKeyboard } from './keyboard-answers';
import { questionsOf } from './module-data';
import { waitForOfflineReady } from './service-worker';
import { STATIC_PORT } from '../../playwright.config';

test('Chrome finds Lectern installable, with every manifest field it needs', async ({
	baseURL
}) => {
	// Installability is judged for a real profile, not an incognito-like throwaway context.
	const profile = await mkdtemp(join(tmpdir(), 'lectern-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumExecutable(),
		args: CHROMIUM_ARGS,
		baseURL
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await waitForOfflineReady(page);
		const devtools = await context.newCDPSession(page);
		const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);

		const { errors, data } = await devtools.send('Page.getAppManifest');
		expect(errors).toEqual([]);
		const manifest = JSON.parse(data ?? '{}');
		expect(manifest.display).toBe('standalone');
		expect(manifest.short_name).toBe('Lectern');
		const sizes = manifest.icons.map((icon: { sizes: string; purpose: string }) =>
			[icon.sizes, icon.purpose].join(' ')
		);
		expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});

test.describe('a new deployment', () => {
	test.use({ baseURL: `http://127.0.0.1:${STATIC_PORT}` });

	test('replaces the old service worker when the student chooses, keeping the quiz in progress', async ({
		page,
		request,
		consoleErrors
	}) => {
		const slug = 'kazakhstan-2022';
		const [first] = questionsOf(slug);
		if (!first) throw new Error('the bundled module has no questions');
		await request.post('/__deploy-first');
		await page.goto(`/modules/${slug}`);
		await waitForOfflineReady(page);
		const oldCaches = await page.evaluate(() => caches.keys());

		await page.getByRole('link', { name: 'Take the quiz' }).click();
		await answerWithKeyboard(page, first, true);
		await request.post('/__deploy-next');
		// Any navigation asks for a new service worker.
		await page.getByRole('link', { name: '← Back to the article' }).click();
		await page.getByRole('link', { name: 'Take the quiz' }).click();

		const notice = page
			.getByRole('status')
			.filter({ hasText: 'A new version of Lectern is ready' });
		await expect(notice).toBeVisible({ timeout: 15_000 });
		await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
		const answered = await page.evaluate(
			(key) => localStorage.getItem(key),
			`lectern.draft.${slug}`
		);
		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Reload to update' }).click();
		await reloaded;

		// The new worker's activation deletes the old cache: exactly one cache, and not the old one.
		await expect.poll(() => page.evaluate(() => caches.keys())).toHaveLength(1);
		expect(await page.evaluate(() => caches.keys())).not.toEqual(oldCaches);
		await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
		await expect(notice).toBeHidden();
		expect(await page.evaluate((key) => localStorage.getItem(key), `lectern.draft.${slug}`)).toBe(
			answered
		);
		expect(JSON.parse(answered ?? '{}').responses[first.id]).toBeDefined();
		expect(consoleErrors).toEqual([]);
	});
});
