import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Assignment } from '../../src/lib/teaching/sharing';
import { readTeacherModules } from '../../src/lib/teaching/library/teacher-modules';
import { expect, expectAccessible, test } from './fixtures';
import { openBuilder } from './builder';
import { waitForOfflineReady } from './service-worker';

const NEWS_PAGE = 'tests/fixtures/import/news-page.html';
const WORD_FILE = 'tests/fixtures/import/water-audit.docx';

const articleBox = (page: Page) => page.getByLabel('Article text');
const leftOut = (page: Page) => page.locator('details', { hasText: 'Left out' });

/**
 * Makes the module from what the builder shows, waits for the editor with its questions, and
 * returns the module as saved on the teacher's device.
 */
async function makeModule(page: Page, title: string): Promise<Assignment> {
	await page.getByRole('button', { name: 'Make the module' }).click();
	await expect(page).toHaveURL(/\/teach\/edit\?id=/, { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1, name: `Edit: ${title}` })).toBeVisible();
	await expect(page.getByRole('region', { name: /^Question 1 \(/ })).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id');
	const stored = await page.evaluate(() => localStorage.getItem('lectern.teacher.modules'));
	const module = readTeacherModules(stored).items.find((item) => item.id === id);
	if (!module) throw new Error(`module ${id} was not saved`);
	expect(module.questions.length).toBeGreaterThanOrEqual(5);
	return module;
}

test('a teacher uploads a saved news page, checks the text and what was left out, and makes a module', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openBuilder(page);
	await page.getByLabel('Or upload a file').setInputFiles(NEWS_PAGE);

	await expect(page.getByRole('status').filter({ hasText: 'Read “news-page.html”' })).toHaveText(
		'Read “news-page.html”: 9 paragraphs and 2 headings. Check the text in the article box before making the module.'
	);
	const text = await articleBox(page).inputValue();
	expect(text).toMatch(/^MILLBROOK — A park built to soak up floodwater/);
	expect(text).toContain('## How the park works');
	expect(text).not.toContain('Great news for Mill Lane');
	expect(text).not.toContain('Greenway Stores');
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
		'Millbrook opens flood park on old rail yard'
	);
	await expect(page.getByLabel('Source (optional)')).toHaveValue('The Millbrook Courier');
	await expect(page.getByText('By Hannah Okafor · Published 2025-04-14')).toBeVisible();
	await expect(leftOut(page)).toContainText(
		'Navigation (6): Home · News · Sport · Business · Opinion · Weather'
	);
	await expect(leftOut(page)).toContainText('Comments (7)');
	await expectAccessible(page);

	// The summary folds the list away and opens it again, from the keyboard.
	await leftOut(page).locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(leftOut(page).getByText('Comments (7)')).toBeHidden();
	await page.keyboard.press('Enter');
	await expect(leftOut(page).getByText('Comments (7)')).toBeVisible();

	// The teacher trims the text before making the module: the box is theirs to edit.
	await articleBox(page).fill(text.replace(/\n\nThe town plans a second[^]*$/, ''));
	const module = await makeModule(page, 'Millbrook opens flood park on old rail yard');
	expect(module.source).toBe('The Millbrook Courier');
	expect(module.body).toContain('## How the park works');
	expect(module.body).not.toContain('Ashford Farm');
	expect(module.body).not.toContain('riverwatcher');
});

test('a teacher uploads a Word document and makes a module from it', async ({ page }) => {
	test.setTimeout(120_000);
	await openBuilder(page);
	await page.getByLabel('Or upload a file').setInputFiles(WORD_FILE);

	await expect(
		page.getByText('Read “water-audit.docx”: 11 paragraphs and 2 headings.')
	).toBeVisible();
	const text = await articleBox(page).inputValue();
	expect(text).toMatch(/^In March, the eco club of Hillside Secondary School/);
	expect(text).toContain('## What we found');
	expect(text).toContain('Building: Kitchen; Litres per day: 9,500; Leaks found: 2.');
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Our school’s water audit');
	await expect(leftOut(page)).toHaveCount(0);
	await expectAccessible(page);
	const module = await makeModule(page, 'Our school’s water audit');
	expect(module.body).toContain('Building: Kitchen; Litres per day: 9,500; Leaks found: 2.');
});

test('a file dropped on the article box is read like a chosen one', async ({ page }) => {
	await openBuilder(page);
	const html = await readFile(NEWS_PAGE, 'utf8');
	const dataTransfer = await page.evaluateHandle((content) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([content], 'dropped.html', { type: 'text/html' }));
		return transfer;
	}, html);
	await articleBox(page).dispatchEvent('dragover', { dataTransfer });
	await articleBox(page).dispatchEvent('drop', { dataTransfer });
	await expect(page.getByText('Read “dropped.html”: 9 paragraphs and 2 headings.')).toBeVisible();
	await expect(articleBox(page)).toHaveValue(/^MILLBROOK — A park built/);
});

test('HTML pasted into the article box is read as a web page; plain text pastes as usual', async ({
	page
}) => {
	await openBuilder(page);
	await articleBox(page).fill('Notes to keep.');
	await articleBox(page).press('End');
	const paste = (data: Record<string, string>) =>
		articleBox(page).evaluate((box, data) => {
			const transfer = new DataTransfer();
			for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
			const event = new ClipboardEvent('paste', {
				clipboardData: transfer,
				bubbles: true,
				cancelable: true
			});
			box.dispatchEvent(event);
			return event.defaultPrevented;
		}, data);

	const html = await readFile(NEWS_PAGE, 'utf8');
	expect(await paste({ 'text/html': html, 'text/plain': 'the page as plain text' })).toBe(true);
	await expect(page.getByText('Read the pasted page: 9 paragraphs and 2 headings.')).toBeVisible();
	const text = await articleBox(page).inputValue();
	expect(text).toMatch(/^Notes to keep\.\n\nMILLBROOK — A park built/);
	expect(text).not.toContain('the page as plain text');
	expect(text).not.toContain('riverwatcher');
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
		'Millbrook opens flood park on old rail yard'
	);
	await expect(leftOut(page)).toContainText('Related links (4)');

	// Plain text is left to the browser, which pastes it where the caret is.
	expect(await paste({ 'text/plain': 'Just words.' })).toBe(false);
});

test('an unreadable or unknown file gets a plain message, and the builder stays usable', async ({
	page
}) => {
	await openBuilder(page);
	const input = page.getByLabel('Or upload a file');
	await input.setInputFiles({
		name: 'broken.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: Buffer.from('This was never a Word file.')
	});
	const alert = page.getByRole('alert');
	await expect(alert).toHaveText(
		/^Could not import “broken\.docx”\. This is not a Word document Lectern can read/
	);
	await expectAccessible(page);

	await input.setInputFiles({
		name: 'photo.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.from([255, 216, 255])
	});
	await expect(alert).toHaveText(/^Could not import “photo\.jpg”\. It is not a kind of file/);

	await input.setInputFiles(WORD_FILE);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(articleBox(page)).toHaveValue(/^In March, the eco club/);
});

test('offline, once the teacher’s area was opened online, web pages and Word files are still read', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	const manifest: Record<string, { file: string }> = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	);
	const readers = [
		'src/lib/teaching/import/read-html.ts',
		'src/lib/teaching/import/read-docx.ts'
	].map((source) => `/${manifest[source]?.file}`);
	// The service worker caches the teacher's files when it sees the teacher's area opened.
	await page.goto('/');
	await waitForOfflineReady(page);
	await openBuilder(page);
	const cachedPaths = () =>
		page.evaluate(async () => {
			const cache = await caches.open((await caches.keys())[0] as string);
			return (await cache.keys()).map((request) => new URL(request.url).pathname);
		});
	await expect
		.poll(
			async () => {
				const cached = await cachedPaths();
				return readers.filter((file) => !cached.includes(file));
			},
			{ timeout: 30_000 }
		)
		.toEqual([]);

	await context.setOffline(true);
	await page.reload();
	await page.getByLabel('Or upload a file').setInputFiles(WORD_FILE);
	await expect(articleBox(page)).toHaveValue(/^In March, the eco club/);
	await page.getByLabel('Or upload a file').setInputFiles(NEWS_PAGE);
	await expect(articleBox(page)).toHaveValue(/^MILLBROOK — A park built/);
	await context.setOffline(false);
});
