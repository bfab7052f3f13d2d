import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Opens the teacher's builder and waits until it runs in the browser: a file chosen or text typed
 * before that would reach a page without its handlers (it happened under load).
 */
export async function openBuilder(page: Page): Promise<void> {
	await page.goto('/teach');
	await expect(
		page.getByRole('region', { name: 'Your modules' }).getByText('Loading…')
	).toHaveCount(0);
}
