import { putOnDevice } from './device';
import { expect, expectAccessible, test } from './fixtures';
import { sampleModule } from './sample-module';

test('the editor shows an outline with one question open, and says when a question is not saved', async ({
	page
}) => {
	const module = sampleModule({ id: 'm-e2e-outline' });
	await putOnDevice(page, { teacher: [module] });
	await page.goto(`/teach/edit?id=${module.id}`);

	const rows = page.locator('.outline-row');
	await expect(rows).toHaveCount(module.questions.length);
	await expect(page.getByRole('region', { name: /^Question \d+ \(/ })).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'Assign it' })).toBeInViewport();

	await rows.nth(2).click();
	await expect(rows.nth(2)).toHaveAttribute('aria-expanded', 'true');
	await expect(rows.nth(0)).toHaveAttribute('aria-expanded', 'false');
	const third = page.getByRole('region', { name: /^Question 3 \(/ });
	await expect(third).toBeVisible();
	await expect(page.getByRole('region', { name: /^Question \d+ \(/ })).toHaveCount(1);

	await third.getByLabel(/^(Question text|Statement)/).fill('');
	await expect(
		page.getByRole('alert').filter({ hasText: 'Question 3 has a problem to fix' })
	).toBeVisible();
	await expect(rows.nth(2)).toContainText('not saved');
	await expect(page.locator('.share')).toContainText('last saved version of question 3');
	await expectAccessible(page);

	// What students get is the last valid version, kept after a reload.
	await page.reload();
	await rows.nth(2).click();
	await expect(
		page.getByRole('region', { name: /^Question 3 \(/ }).getByLabel(/^(Question text|Statement)/)
	).toHaveValue(module.questions[2]!.prompt);
});
