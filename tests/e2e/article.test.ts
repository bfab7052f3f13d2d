import { readFileSync, readdirSync } from 'node:fs';
import { putOnDevice } from './device';
import { allowConsoleErrors, expect, expectAccessible, test } from './fixtures';
import { sampleModule } from './sample-module';

const slugs = readdirSync('questions', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

/** The paragraphs of an article file's body, read straight from disk: what the page must show. */
function paragraphsOf(slug: string): string[] {
	const body = readFileSync(`questions/${slug}/article.md`, 'utf8').split(/^---$/m)[2] ?? '';
	return body
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.filter((block) => block && !block.startsWith('#'));
}

test('the home page lists every bundled module with its facts', async ({ page, consoleErrors }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
	const list = page.getByRole('list', { name: 'Articles' });
	await expect(list.getByRole('listitem')).toHaveCount(slugs.length);
	const card = list.getByRole('article').filter({ hasText: 'Unrest in Kazakhstan, January 2022' });
	await expect(
		card.getByRole('link', { name: 'Unrest in Kazakhstan, January 2022', exact: true })
	).toBeVisible();
	await expect(card).toContainText('7 January 2022');
	await expect(card).toContainText(/Reading time\s*\d+ min/);
	await expect(card).toContainText(/Questions\s*\d+/);
	await expect(card.getByRole('link', { name: /^Take the quiz/ })).toHaveAttribute(
		'href',
		'/modules/kazakhstan-2022/quiz'
	);
	expect(consoleErrors).toEqual([]);
});

for (const slug of slugs) {
	test(`the article page of ${slug} shows every paragraph, numbered, with sentence ids`, async ({
		page,
		consoleErrors
	}) => {
		await page.goto(`/modules/${slug}`);
		const expected = paragraphsOf(slug);
		const shown = page.locator('.article-text p');
		await expect(shown).toHaveCount(expected.length);
		for (const [index, text] of expected.entries()) {
			const paragraph = page.locator(`#p${index + 1}`);
			await expect(paragraph).toContainText(String(index + 1));
			await expect(paragraph).toContainText(text.replace(/\s+/g, ' ').slice(0, 40));
			await expect(paragraph.locator(`[id="p${index + 1}s1"]`)).toHaveCount(1);
		}
		expect(consoleErrors).toEqual([]);
	});
}

test('the bundled article leaves out the "ALSO READ" list', async ({ page }) => {
	await page.goto('/modules/kazakhstan-2022');
	await expect(page.locator('main')).toContainText('There is no viable political alternative.');
	await expect(page.locator('main')).not.toContainText('ALSO READ');
	await expect(page.locator('main')).not.toContainText('Plane Crash');
	await expect(page.locator('main')).not.toContainText('Hundreds of people have been killed');
});

test('an evidence link highlights and focuses its sentences', async ({ page }) => {
	await page.goto('/modules/kazakhstan-2022#p11s1~p11s2');
	const first = page.locator('[id="p11s1"]');
	await expect(first).toHaveClass(/highlighted/);
	await expect(page.locator('[id="p11s2"]')).toHaveClass(/highlighted/);
	await expect(page.locator('[id="p10s1"]')).not.toHaveClass(/highlighted/);
	await expect(first).toBeFocused();
	await expect(page.getByRole('main').getByRole('status')).toContainText(
		'highlighted sentences support'
	);
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await expect(page.locator('#main')).toBeFocused();
});

test('an unknown address shows a helpful not-found page', async ({ page, consoleErrors }) => {
	const response = await page.goto('/modules/no-such-article');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
	await expect(page.getByRole('link', { name: /modules/i }).first()).toBeVisible();
	allowConsoleErrors(consoleErrors, /status of 404 \(Not Found\)/);
});

/** Every page, with a module of the teacher's and the same module assigned: each has content. */
const PAGES = {
	student: (id: string) => [
		'/',
		...slugs.flatMap((slug) => [`/modules/${slug}`, `/modules/${slug}/quiz`]),
		'/progress',
		'/review',
		'/open',
		`/assigned?id=${id}`,
		`/assigned/quiz?id=${id}`,
		`/assigned/results?id=${id}`
	],
	teacher: (id: string) => [
		'/teach',
		`/teach/edit?id=${id}`,
		`/teach/preview?id=${id}`,
		`/teach/gradebook?id=${id}`
	]
};

// One test per scheme and area, so no one test runs near its time limit on a busy machine.
for (const colorScheme of ['light', 'dark'] as const) {
	for (const [area, pathsFor] of Object.entries(PAGES)) {
		test(`every ${area} page has no axe-core violations in the ${colorScheme} scheme @phone`, async ({
			page,
			consoleErrors
		}) => {
			test.setTimeout(90_000);
			await page.emulateMedia({ colorScheme });
			const module = sampleModule();
			await putOnDevice(page, { teacher: [module], assigned: [module] });
			for (const path of pathsFor(module.id)) {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
				await expect(page.getByText(/^Loading/), path).toHaveCount(0);
				await expectAccessible(page);
			}
			expect(consoleErrors).toEqual([]);
		});
	}
}
