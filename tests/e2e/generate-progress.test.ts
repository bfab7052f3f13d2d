import { readFile } from 'node:fs/promises';
import { readTeacherModules } from '../../src/lib/teaching/library/teacher-modules';
import { expect, expectAccessible, test } from './fixtures';
import { openBuilder } from './builder';

/**
 * An article near the builder's 200,000-character limit: the articles of the fixtures folder over
 * and over, each copy numbered so no sentence repeats. Generating it takes seconds, long enough
 * to see the progress and to stop it.
 */
async function longArticle(): Promise<string> {
	const texts = await Promise.all(
		['valley-floods.txt', 'harbour-deal.txt'].map((name) =>
			readFile(`tests/fixtures/articles/${name}`, 'utf8')
		)
	);
	const parts: string[] = [];
	for (let copy = 1; parts.join('\n\n').length < 180_000; copy++) {
		parts.push(...texts.map((text) => text.replace(/\.(\s|$)/g, ` (part ${copy}).$1`)));
	}
	return parts.join('\n\n');
}

// The worker script is held back below; a service worker would answer it from its cache instead.
// The article is pasted as a teacher pastes it: typing 180,000 characters in (Playwright's fill)
// takes Chromium 10 s and more on a busy machine, a paste about one.
test.use({ serviceWorkers: 'block', permissions: ['clipboard-read', 'clipboard-write'] });

test('a teacher sees the generator’s progress on a long article and can stop it', async ({
	page,
	consoleErrors
}) => {
	await openBuilder(page);
	const article = await longArticle();
	await page.evaluate((text) => navigator.clipboard.writeText(text), article);
	await page.getByLabel('Article text').focus();
	await page.keyboard.press('ControlOrMeta+V');
	await expect(page.getByLabel('Article text')).toHaveValue(article);
	// The generator's worker arrives late, as on a slow connection, so Stop comes before it ends.
	await page.route(/generate\.worker[^/]*\.js$/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 4_000));
		await route.continue();
	});
	await page.getByRole('button', { name: 'Make the module' }).click();

	const progress = page.getByRole('progressbar', { name: 'Writing questions' });
	await expect(progress).toBeVisible();
	await page.getByRole('button', { name: 'Stop' }).click();

	await expect(page.getByRole('status').filter({ hasText: 'Stopped' })).toContainText(
		'no module was made'
	);
	await expect(progress).toBeHidden();
	await expect(page.getByRole('button', { name: 'Make the module' })).toBeEnabled();
	await expect(page).toHaveURL(/\/teach$/);
	await expectAccessible(page);
	const stored = await page.evaluate(() => localStorage.getItem('lectern.teacher.modules'));
	expect(readTeacherModules(stored).items).toEqual([]);
	expect(consoleErrors).toEqual([]);
});
