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

test('a new question starts empty, is not saved or shared until it is complete, then joins the module', async ({
	page
}) => {
	const module = sampleModule({ id: 'm-e2e-new-question' });
	await putOnDevice(page, { teacher: [module] });
	await page.goto(`/teach/edit?id=${module.id}`);
	const linkBefore = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();

	await page.getByLabel('Type of the new question').selectOption('single-choice');
	await page.getByRole('button', { name: 'Add question' }).click();
	const number = module.questions.length + 1;
	const editor = page.getByRole('region', { name: new RegExp(`^Question ${number} \\(`) });
	const prompt = editor.getByLabel(/^Question text/);
	await expect(prompt).toHaveValue('');
	await expect(prompt).toHaveAttribute('placeholder', 'Write your question here.');
	await expect(page.locator('.outline-row').last()).toContainText('new, not saved yet');
	await page.reload();
	await expect(page.locator('.outline-row')).toHaveCount(module.questions.length);
	expect(await page.getByRole('textbox', { name: 'Link for students' }).inputValue()).toBe(
		linkBefore
	);

	await page.getByLabel('Type of the new question').selectOption('single-choice');
	await page.getByRole('button', { name: 'Add question' }).click();
	await prompt.fill('Which city did the protests start in?');
	await editor.getByLabel(/^Option 1/).fill('Zhanaozen');
	await editor.getByLabel(/^Option 2/).fill('Almaty');
	await editor.getByLabel(/^Option 3/).fill('Astana');
	await expect(page.getByText('All changes saved on this device.')).toBeVisible();
	// The editor stays where the teacher is typing as the question joins the module.
	await expect(editor.getByLabel(/^Option 3/)).toBeFocused();
	await page.reload();
	await expect(page.locator('.outline-row')).toHaveCount(number);
	await expect(page.locator('.outline-row').last()).toContainText('Which city did the protests');
});

test('the teacher picks a question’s evidence by clicking sentences in the article, or with the keyboard', async ({
	page
}) => {
	const module = sampleModule({ id: 'm-e2e-evidence' });
	const first = module.questions[0]!;
	await putOnDevice(page, { teacher: [module] });
	await page.goto(`/teach/edit?id=${module.id}`);
	const article = page.getByRole('region', { name: 'Article' });
	const picked = article.locator('[aria-pressed="true"]');
	await expect(picked).toHaveCount(first.sentenceIds.length);

	const fresh = article.getByRole('button', { pressed: false }).first();
	const freshId = (await fresh.getAttribute('id'))!;
	await fresh.click();
	await expect(article.locator(`[id="${freshId}"]`)).toHaveAttribute('aria-pressed', 'true');
	await article.locator(`[id="${freshId}"]`).focus();
	await page.keyboard.press('Enter');
	await expect(article.locator(`[id="${freshId}"]`)).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.press('Space');
	await expect(page.getByText(/evidence sentences? for question 1/)).toBeVisible();
	await expectAccessible(page);

	await page.reload();
	await expect(article.locator(`[id="${freshId}"]`)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('region', { name: /^Question 1 \(/ })).toContainText(
		(await article.locator(`[id="${freshId}"]`).textContent())!
	);
});
