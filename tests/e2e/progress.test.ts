import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { tabTo } from './keyboard-answers';
import { takeQuiz as takeQuizOf } from './take-quiz';
import { questionsOf } from './module-data';

const slug = 'kazakhstan-2022';
const title = 'Unrest in Kazakhstan, January 2022';
const questions = questionsOf(slug);
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const takeQuiz = (page: Page, answers = 0) => takeQuizOf(page, questions, answers);

/** How many questions the quiz on screen has, as the built page says. */
async function quizLength(page: Page): Promise<number> {
	const heading = page.getByRole('heading', { name: /^Question 1 of \d+$/ });
	await expect(heading).toBeVisible();
	return Number((await heading.innerText()).split(' of ')[1]);
}

const fact = (page: Page, name: string) =>
	page.getByRole('article').filter({ hasText: title }).locator(`[data-fact="${name}"]`);

/**
 * Writes the stored progress from a blank page of the site's origin, where no app code runs, so
 * nothing can read (and set aside) the value before the app's next page load does.
 */
async function storeByHand(page: Page, text: string): Promise<void> {
	await page.route('/blank-for-test', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><link rel="icon" href="data:,"><title>blank</title>'
		})
	);
	await page.goto('/blank-for-test');
	await page.evaluate((value) => localStorage.setItem('lectern.progress', value), text);
}

async function downloaded(download: Download): Promise<string> {
	const path = await download.path();
	return readFile(path, 'utf8');
}

test('a finished quiz is still there after a reload: attempts, score, time and questions due', async ({
	page,
	consoleErrors
}) => {
	test.setTimeout(60_000);
	await page.clock.install({ time: T0 });
	await page.goto(`/modules/${slug}/quiz`);
	const total = await quizLength(page);
	const earned = await takeQuiz(page, 2);
	expect(earned).toBe(1);
	await expect(page.getByRole('status').filter({ hasText: 'Saved on this device.' })).toBeVisible();

	await page.reload();
	await page.goto('/progress');
	await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
	const percent = `${Math.round((earned / total) * 100)}%`;
	await expect(fact(page, 'attempts')).toHaveText('1');
	await expect(fact(page, 'best')).toHaveText(percent);
	await expect(fact(page, 'last')).toHaveText(percent);
	await expect(fact(page, 'time')).toHaveText(/^\d+ (s|min \d\d s)$/);
	await expect(page.getByRole('img', { name: `Scores over time: ${title}` })).toBeVisible();
	await page.getByText('Scores as a table').click();
	await expect(page.getByRole('table', { name: `Scores over time: ${title}` })).toContainText(
		percent
	);
	await expect(page.getByRole('table', { name: 'Credit by kind of question' })).toContainText(
		'Details (who, what, where)'
	);
	// Missed and unanswered questions come back the next day, not at once.
	await expect(page.getByText('Nothing to review right now.')).toBeVisible();
	await expect(page.getByText('The next question is due tomorrow.')).toBeVisible();
	await expectAccessible(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectAccessible(page);

	await page.clock.setFixedTime(T0 + 2 * DAY);
	await page.goto('/');
	const missed = total - earned;
	await expect(page.getByText(`${missed} questions to review`)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Start review' })).toHaveAttribute('href', '/review');
	await expectAccessible(page);
	expect(consoleErrors).toEqual([]);
});

test('unreadable progress is set aside, offered for download, and the app starts clean', async ({
	page,
	consoleErrors
}) => {
	const corrupt = '{not json';
	await storeByHand(page, corrupt);
	await page.goto('/');

	const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
	await expect(notice).toContainText('Your saved progress could not be read. We kept a copy —');
	await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).not.toHaveCount(
		0
	);
	await expectAccessible(page);
	const downloading = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Download it' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.json$/);
	expect(await downloaded(download)).toBe(corrupt);

	// The copy stays in storage, listed on the progress page, and new progress saves again.
	await page.goto(`/modules/${slug}/quiz`);
	await takeQuiz(page);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Progress' })
		.click();
	await expect(fact(page, 'attempts')).toHaveText('1');
	await expect(page.getByRole('heading', { name: 'Copies set aside' })).toBeVisible();
	const stored = await page.evaluate(() => localStorage.getItem('lectern.progress'));
	expect(JSON.parse(stored ?? 'null')).toMatchObject({ attempts: [{ moduleSlug: slug }] });
	expect(consoleErrors).toEqual([]);
});

test('with storage turned off the quiz still works and says progress will not be kept', async ({
	page,
	consoleErrors
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await page.goto('/');
	const warning =
		'Progress will not be kept after you close this page (storage is turned off in this browser).';
	await expect(page.getByRole('status').filter({ hasText: warning })).toBeVisible();
	await page
		.getByRole('link', { name: /^Take the quiz/ })
		.first()
		.click();
	await takeQuiz(page, 1);
	await expect(page.getByRole('status').filter({ hasText: warning })).toBeVisible();

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Progress' })
		.click();
	await expect(fact(page, 'attempts')).toHaveText('1');
	await expect(page.getByText(`${warning} Download a backup before you leave.`)).toBeVisible();
	await expectAccessible(page);
	expect(consoleErrors).toEqual([]);
});

test('when storage is full the attempt stays on the page and a backup download is offered', async ({
	page,
	consoleErrors
}) => {
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key === 'lectern.progress') throw new DOMException('full', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
	await page.goto(`/modules/${slug}/quiz`);
	await takeQuiz(page);
	const notice = page.getByRole('status').filter({ hasText: 'Storage on this device is full' });
	await expect(notice).toContainText('your latest work is kept only until you close this page');
	const downloading = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Download a backup' }).click();
	const backup = JSON.parse(await downloaded(await downloading));
	expect(backup).toMatchObject({ format: 'lectern-progress', attempts: [{ moduleSlug: slug }] });
	await expectAccessible(page);
	expect(consoleErrors).toEqual([]);
});

test('progress from a newer Lectern is left untouched and the student is told why', async ({
	page,
	consoleErrors
}) => {
	const newer = JSON.stringify({ version: 99, everything: 'unknown to this version' });
	await storeByHand(page, newer);
	await page.goto(`/modules/${slug}/quiz`);
	await takeQuiz(page);
	await expect(
		page.getByRole('status').filter({ hasText: 'newer version of Lectern' })
	).toContainText('what you do now is not saved');
	expect(await page.evaluate(() => localStorage.getItem('lectern.progress'))).toBe(newer);
	expect(consoleErrors).toEqual([]);
});

test('two tabs each finish a quiz and both attempts survive, each tab kept in step', async ({
	page,
	context,
	consoleErrors
}) => {
	test.setTimeout(60_000);
	const other = await context.newPage();
	// Both tabs load their progress before either saves, then open the quiz without a reload.
	for (const tab of [page, other]) {
		await tab.goto('/');
		await tab.getByRole('link', { name: `Take the quiz: ${title}` }).click();
	}
	await takeQuiz(page);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Progress' })
		.click();
	await expect(fact(page, 'attempts')).toHaveText('1');

	// The other tab loaded its progress before the first attempt: its attempt joins it, not replaces it.
	await takeQuiz(other);
	await expect(fact(page, 'attempts')).toHaveText('2');
	await other
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Progress' })
		.click();
	await expect(fact(other, 'attempts')).toHaveText('2');

	await page.reload();
	await expect(fact(page, 'attempts')).toHaveText('2');
	expect(consoleErrors).toEqual([]);
});

test('a backup exported here imports into a fresh browser, and a broken file changes nothing', async ({
	page,
	browser,
	consoleErrors
}) => {
	test.setTimeout(60_000);
	await page.goto(`/modules/${slug}/quiz`);
	await takeQuiz(page, 1);
	await page.getByRole('button', { name: 'Take the whole quiz again' }).click();
	await takeQuiz(page);
	await page.goto('/progress');
	await expect(fact(page, 'attempts')).toHaveText('2');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^lectern-progress-\d{4}-\d\d-\d\d\.json$/);
	const backupPath = await download.path();

	const fresh = await browser.newContext();
	const student = await fresh.newPage();
	await student.goto('/progress');
	await expect(student.getByText('You have not finished a quiz on this device yet.')).toBeVisible();
	await student.getByLabel('Import a backup').setInputFiles(backupPath);
	const status = student.locator('.import-status');
	await expect(status).toContainText(
		'2 attempts to add, from: Unrest in Kazakhstan, January 2022.'
	);
	await expect(fact(student, 'attempts')).toHaveCount(0);
	await expectAccessible(student);
	await student.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(status).toContainText('Imported 2 attempts.');
	await expect(fact(student, 'attempts')).toHaveText('2');

	const before = await student.evaluate(() => localStorage.getItem('lectern.progress'));
	await student.getByLabel('Import a backup').setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"shopping": ["milk"]}')
	});
	await expect(status).toContainText('“notes.json” could not be imported — nothing was changed');
	await expect(status).toContainText('version');
	await student.getByLabel('Import a backup').setInputFiles({
		name: 'photo.json',
		mimeType: 'application/json',
		buffer: Buffer.from('not json at all')
	});
	await expect(status).toContainText('this file is not a Lectern backup (it is not JSON)');
	await expect(fact(student, 'attempts')).toHaveText('2');
	expect(await student.evaluate(() => localStorage.getItem('lectern.progress'))).toBe(before);
	await fresh.close();
	expect(consoleErrors).toEqual([]);
});

test('every progress page control is at least 24 by 24 pixels @phone', async ({ page }) => {
	await page.goto(`/modules/${slug}/quiz`);
	await takeQuiz(page);
	await page.goto('/progress');
	await expect(fact(page, 'attempts')).toHaveText('1');
	await tabTo(page, 'Download a backup');
	await expect(page.getByRole('button', { name: 'Download a backup' })).toBeFocused();
	const small = await page.evaluate(() =>
		[...document.querySelectorAll('main button, main input, main select, main a, main summary')]
			.filter((element) => {
				const box = element.getBoundingClientRect();
				return box.width > 0 && (box.width < 24 || box.height < 24);
			})
			.map((element) => element.outerHTML.slice(0, 80))
	);
	expect(small).toEqual([]);
});
