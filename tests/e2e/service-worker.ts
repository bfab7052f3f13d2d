import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page is controlled by an active service worker, which means the install step
 * (caching every page and asset) has finished.
 */
export async function waitForOfflineReady(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

/** Every prerendered page of the built app, from the bundled modules' folders. */
export function allPages(slugs: readonly string[]): string[] {
	const modulePages = slugs.flatMap((slug) => [
		`/modules/${slug}`,
		`/modules/${slug}/quiz`,
		`/modules/${slug}/results`
	]);
	return ['/', '/progress', '/review', ...modulePages];
}
