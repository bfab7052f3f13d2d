import { readFileSync } from 'node:fs';
import { builtPages, pageScripts, walk } from '../../scripts/page-scripts.js';
import type { Page } from '@playwright/test';
import { cleanArticleText } from '../../src/lib/reading/article/clean-text';
import { parseArticleFile } from '../../src/lib/reading/article/parse-article-file';
import { segmentBody } from '../../src/lib/reading/article/segment';
import { readTeacherModules } from '../../src/lib/teaching/library/teacher-modules';
import { levelWords, measureBlocks, readingSummary } from '../../src/lib/reading/reading-level';
import { putOnDevice } from './device';
import { expect, expectAccessible, test } from './fixtures';
import { openBuilder } from './builder';
import { sampleModule } from './sample-module';

const slug = 'kazakhstan-2022';

/** The bundled article's level, measured as the build measures it. */
function bundledLevel() {
	const path = `questions/${slug}/article.md`;
	const article = parseArticleFile(readFileSync(path, 'utf8'), path);
	if (!article.ok) throw new Error(article.errors.join('\n'));
	const level = measureBlocks(segmentBody(article.value.body));
	return { level, authorLevel: article.value.meta.readingLevel };
}

async function storedTeacherModules(page: Page) {
	const stored = await page.evaluate(() => localStorage.getItem('lectern.teacher.modules'));
	return readTeacherModules(stored).items;
}

test('the home card and the article page show the bundled article’s grade, time and length', async ({
	page
}) => {
	const { level, authorLevel } = bundledLevel();
	expect(level.words).toBeGreaterThan(100);

	await page.goto('/');
	const card = page.locator('.card').filter({ hasText: 'Unrest in Kazakhstan' });
	await expect(card.locator('[data-reading-level]')).toHaveText(
		levelWords(level, authorLevel) ?? ''
	);
	await expect(card.locator('[data-reading-level]')).toContainText(/grade|college/);
	await expect(card).toContainText(`${level.words.toLocaleString('en-US')} words`);
	await expectAccessible(page);

	await page.goto(`/modules/${slug}`);
	await expect(page.locator('header [data-reading-level]')).toHaveText(
		readingSummary(level, authorLevel)
	);
	await expectAccessible(page);
});

test('a teacher pastes an article and sees its level and both formulas in the editor', async ({
	page
}) => {
	test.setTimeout(120_000);
	const text = readFileSync('tests/fixtures/articles/valley-floods.txt', 'utf8');
	await openBuilder(page);
	await page.getByLabel('Article text').fill(text);
	await page.getByLabel('Title', { exact: true }).fill('Valley floods');
	await page.getByRole('button', { name: 'Make the module' }).click();
	// Generating runs in a worker that loads the generator first: on a busy machine, seconds.
	await expect(page).toHaveURL(/\/teach\/edit\?id=/, { timeout: 60_000 });

	const [saved] = await storedTeacherModules(page);
	const expected = measureBlocks(segmentBody(cleanArticleText(text)));
	expect(saved?.readingLevel).toEqual(expected);

	const panel = page.getByRole('region', { name: 'Reading level' });
	await expect(panel).toContainText(readingSummary(expected));
	await expect(panel.locator('[data-formula="flesch-kincaid"]')).toHaveText(
		expected.fleschKincaidGrade?.toFixed(1) ?? ''
	);
	await expect(panel.locator('[data-formula="coleman-liau"]')).toHaveText(
		expected.colemanLiauIndex?.toFixed(1) ?? ''
	);
	await expectAccessible(page);
});

test('a module stored without a level is measured when shown, to the teacher and to a student', async ({
	page
}) => {
	const module = sampleModule({ id: 'm-e2e-no-level' });
	expect(module.readingLevel).toBeUndefined();
	const expected = measureBlocks(segmentBody(module.body));
	await putOnDevice(page, { teacher: [module], assigned: [module], studentName: 'Ana Lopez' });

	await page.goto(`/teach/edit?id=${module.id}`);
	await expect(page.getByRole('region', { name: 'Reading level' })).toContainText(
		readingSummary(expected)
	);

	await page.goto(`/assigned?id=${module.id}`);
	await expect(page.locator('header [data-reading-level]')).toHaveText(readingSummary(expected));
	await expectAccessible(page);
});

// A word from the syllable package's own list of exceptions: only its code carries it.
const SYLLABLE_MARKER = /\babalone\b/;

test('no page but the teacher’s editor and builder loads the syllable counter up front', () => {
	const carriers = walk('build/_app')
		.filter((file) => file.endsWith('.js'))
		.filter((file) => SYLLABLE_MARKER.test(readFileSync(file, 'utf8')));
	expect(carriers.length, 'the syllable counter is in the build').toBeGreaterThan(0);
	const pages = builtPages('build').filter((page) => !/[/\\]teach\b/.test(page));
	expect(pages.length).toBeGreaterThanOrEqual(9);
	for (const page of pages) {
		const eager = pageScripts(page).filter((file) =>
			SYLLABLE_MARKER.test(readFileSync(file, 'utf8'))
		);
		expect(eager, page).toEqual([]);
	}
});
