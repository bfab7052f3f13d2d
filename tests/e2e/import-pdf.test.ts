import type { Page } from '@playwright/test';
import { readTeacherModules } from '../../src/lib/teaching/library/teacher-modules';
import { expect, expectAccessible, test } from './fixtures';
import { openBuilder } from './builder';

const PDF = 'tests/fixtures/import/two-page-article.pdf';
const TITLE = 'Council backs floating solar farm on old reservoir';
/** The paragraph that runs from the PDF's first page to its second. */
const ACROSS_PAGES =
	'Construction is due to begin in the autumn, once the international engineering firm chosen to build the farm has finished a survey of the reservoir’s dam. A well-known local charity, Millbrook Energy Share, will offer residents the chance to buy a stake in the project from £50.';

async function savedQuestionCount(page: Page, id: string): Promise<number> {
	const stored = await page.evaluate(() => localStorage.getItem('lectern.teacher.modules'));
	return readTeacherModules(stored).items.find((module) => module.id === id)?.questions.length ?? 0;
}

test('a teacher uploads a two-page PDF, checks the text and what was left out, and gets generated questions', async ({
	page
}) => {
	test.setTimeout(90_000);
	const pdfjsRequests: string[] = [];
	page.on('request', (request) => {
		if (/pdf\.worker|pdfjs/i.test(request.url())) pdfjsRequests.push(request.url());
	});

	await openBuilder(page);
	await expect(page.getByLabel('Or upload a file')).toBeVisible();
	expect(pdfjsRequests, 'PDF.js before a PDF is chosen').toEqual([]);
	await page.getByLabel('Or upload a file').setInputFiles(PDF);

	const article = page.getByLabel('Article text');
	await expect(article).toHaveValue(/^Millbrook's town council voted on Tuesday/);
	const text = await article.inputValue();
	expect(text.split('\n\n')).toContain(ACROSS_PAGES);
	expect(text).toContain('## What happens next');
	expect(text).not.toMatch(/Example Herald|Printed for classroom use|Page \d of 2/);
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue(TITLE);
	const leftOut = page.getByRole('group').filter({ hasText: /^Left out/ });
	await expect(leftOut.getByText('Page numbers (2)')).toBeVisible();
	await expect(
		leftOut.getByText('Running footer “Printed for classroom use” on 2 pages')
	).toBeVisible();
	// PDF.js parses in its own worker, fetched only now that a PDF was chosen.
	expect(pdfjsRequests.some((url) => /pdf\.worker/.test(url))).toBe(true);
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Make the module' }).click();
	// Generating runs in a worker that loads the generator first: on a busy machine, seconds.
	await expect(page).toHaveURL(/\/teach\/edit\?id=/, { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1, name: `Edit: ${TITLE}` })).toBeVisible();
	await expect(page.getByRole('region', { name: /^Question 1 \(/ })).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id') ?? '';
	expect(await savedQuestionCount(page, id)).toBeGreaterThanOrEqual(5);
});

test('a PDF of scanned pages gives a plain message and leaves the article box empty', async ({
	page
}) => {
	await openBuilder(page);
	await page.getByLabel('Or upload a file').setInputFiles('tests/fixtures/import/scanned.pdf');

	await expect(page.getByRole('alert')).toContainText(
		'has no text to read: it looks like scanned pages'
	);
	await expect(page.getByLabel('Article text')).toHaveValue('');
	await expectAccessible(page);
});

test('a PDF protected by a password says to save a copy without one', async ({ page }) => {
	await openBuilder(page);
	await page.getByLabel('Or upload a file').setInputFiles('tests/fixtures/import/password.pdf');

	await expect(page.getByRole('alert')).toContainText(
		'is protected by a password: open it, save a copy without a password, and try again.'
	);
});
