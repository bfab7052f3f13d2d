import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Every layout shift the page made without the student's input, as Chromium reports them, until
 * `ready` (what the page shows once it has started in the browser) is visible.
 */
async function shiftsOf(page: Page, path: string, ready: string): Promise<number[]> {
	await page.addInitScript(() => {
		const shifts: number[] = [];
		Object.assign(window, { layoutShifts: shifts });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[]) {
				if (!entry.hadRecentInput) shifts.push(entry.value);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(path);
	await expect(page.getByText(ready).first()).toBeVisible();
	return page.evaluate(
		() =>
			new Promise<number[]>((resolve) =>
				requestAnimationFrame(() =>
					requestAnimationFrame(() =>
						resolve((window as unknown as { layoutShifts: number[] }).layoutShifts)
					)
				)
			)
	);
}

for (const [path, ready] of [
	['/modules/kazakhstan-2022/quiz', 'Question 1 of'],
	['/modules/kazakhstan-2022', 'Listen to the article']
]) {
	test(`${path} does not shift while it starts, on a wide screen and a phone @phone`, async ({
		page
	}) => {
		expect(await shiftsOf(page, path!, ready!)).toEqual([]);
	});
}
