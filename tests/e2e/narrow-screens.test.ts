import { putOnDevice } from './device';
import { expect, test } from './fixtures';
import { sampleModule } from './sample-module';

/** A small phone, a common phone and a laptop, each in the light and the dark scheme. */
const SCREENS = [
	{ width: 320, height: 700 },
	{ width: 390, height: 844 },
	{ width: 1366, height: 768 }
].flatMap((size) => (['light', 'dark'] as const).map((colorScheme) => ({ ...size, colorScheme })));

for (const screen of SCREENS) {
	test(`no page is wider than a ${screen.width} px screen (${screen.colorScheme}), so nothing scrolls sideways`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.setViewportSize({ width: screen.width, height: screen.height });
		await page.emulateMedia({ colorScheme: screen.colorScheme });
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
			expect(width, path).toBeLessThanOrEqual(screen.width);
		}
	});
}
