import { putOnDevice } from './device';
import { expect, test } from './fixtures';
import { sampleModule } from './sample-module';

test.use({ viewport: { width: 320, height: 700 } });

test('no page is wider than a 320 px phone, so nothing scrolls sideways', async ({ page }) => {
	test.setTimeout(60_000);
	const module = sampleModule();
	await putOnDevice(page, { teacher: [module], assigned: [module], studentName: 'Ana Lopez' });
	const withId = (path: string) => `${path}?id=${module.id}`;
	for (const path of [
		'/',
		'/modules/kazakhstan-2022',
		'/modules/kazakhstan-2022/quiz',
		'/progress',
		'/review',
		'/open',
		'/teach',
		withId('/teach/edit'),
		withId('/teach/gradebook'),
		withId('/assigned'),
		withId('/assigned/quiz')
	]) {
		await page.goto(path);
		await expect(page.locator('main h1').first()).toBeVisible();
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width, path).toBeLessThanOrEqual(320);
	}
});
