import { readdirSync, readFileSync } from 'node:fs';
import { allowConsoleErrors, expect, expectAccessible, test } from './fixtures';
import { questionsOf } from './module-data';
import { allPages, waitForOfflineReady } from './service-worker';
import { answerWithKeyboard } from './keyboard-answers';
import { shownQuestion, takeQuiz } from './take-quiz';
import { putOnDevice } from './device';
import { sampleModule } from './sample-module';

const slugs = readdirSync('questions');
const slug = 'kazakhstan-2022';

test('with the network cut, a student opens every page, takes a whole quiz and sees progress', async ({
	page,
	context,
	consoleErrors
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);

	for (const path of allPages(slugs)) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
		await expect(page.getByText('You are offline.'), path).toBeVisible();
	}
	await expectAccessible(page);

	const questions = questionsOf(slug);
	await page.goto(`/modules/${slug}/quiz`);
	const earned = await takeQuiz(page, questions, questions.length);
	expect(earned).toBeGreaterThan(0);

	await page.goto('/progress');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const stored = await page.evaluate(() => localStorage.getItem('lectern.progress'));
	const progress = JSON.parse(stored ?? '{}');
	expect(progress.attempts).toHaveLength(1);
	// The missed questions are scheduled for review: the scheduler, loaded only at the submit,
	// came from the install cache.
	const states: { card?: unknown }[] = Object.values(progress.questionStates ?? {});
	expect(states.filter((state) => state.card).length).toBeGreaterThan(0);
	await expect(page.locator('[data-fact="attempts"]').first()).toHaveText('1');

	await context.setOffline(false);
	await page.reload();
	await expect(page.getByText('You are offline.')).toBeHidden();
	expect(consoleErrors).toEqual([]);
});

test('offline, a page that was never prerendered still opens in the app, not the browser error page', async ({
	page,
	context,
	consoleErrors
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);

	await page.goto('/modules/not-a-module');
	await expect(page.getByRole('link', { name: 'Lectern' })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Not available offline' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to all modules' })).toBeVisible();
	await expect(page.getByText('You are offline.')).toBeVisible();
	// The app's own request for the missing page's data fails offline, as it should.
	allowConsoleErrors(consoleErrors, /Failed to fetch|ERR_FAILED|ERR_INTERNET_DISCONNECTED/);
});

test('the service worker caches home, the app shell and every page’s data at install, each page when visited, and never a failed response', async ({
	page,
	consoleErrors
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	const cachedNow = () =>
		page.evaluate(async () => {
			const names = await caches.keys();
			const cache = await caches.open(names[0] as string);
			const keys = await cache.keys();
			return { names, paths: keys.map((request) => new URL(request.url).pathname) };
		});
	const cached = await cachedNow();
	expect(cached.names).toHaveLength(1);
	expect(cached.paths).toContain('/');
	expect(cached.paths).toContain('/404.html');
	expect(cached.paths).toContain('/manifest.webmanifest');
	expect(cached.paths).toContain(`/modules/${slug}/quiz/__data.json`);
	expect(cached.paths).toContain('/review/__data.json');
	expect(cached.paths).not.toContain('/_app/version.json');
	// The other pages wait for their first visit (offline before it, the shell shows them).
	expect(cached.paths).not.toContain(`/modules/${slug}/quiz`);
	await page.goto(`/modules/${slug}/quiz`);
	await expect.poll(async () => (await cachedNow()).paths).toContain(`/modules/${slug}/quiz`);

	// A file that does not exist: the 404 goes to the page, never into the cache.
	const status = await page.evaluate(async () => (await fetch('/no-such-file.js')).status);
	expect(status).toBe(404);
	const after = await page.evaluate(async () => {
		const cache = await caches.open((await caches.keys())[0] as string);
		return (await cache.keys()).map((request) => new URL(request.url).pathname);
	});
	expect(after).not.toContain('/no-such-file.js');
	allowConsoleErrors(consoleErrors, /status of 404 \(Not Found\)/);
});

test('a student’s device caches no teacher files at install; opening the teacher’s area caches the rest', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForOfflineReady(page);
	const cachedPaths = () =>
		page.evaluate(async () => {
			const cache = await caches.open((await caches.keys())[0] as string);
			return (await cache.keys()).map((request) => new URL(request.url).pathname);
		});
	const atInstall = await cachedPaths();
	expect(atInstall.filter((path) => path.startsWith('/teach'))).toEqual([]);
	expect(atInstall.filter((path) => path.includes('/workers/'))).toEqual([]);
	expect(atInstall).toContain('/404.html');
	expect(atInstall).toContain('/modules/kazakhstan-2022/quiz/__data.json');

	await page.goto('/teach');
	await expect
		.poll(async () => (await cachedPaths()).includes('/teach/edit'), { timeout: 20_000 })
		.toBe(true);
	// Much more followed: the teacher's pages and the question generator's code.
	expect((await cachedPaths()).length).toBeGreaterThan(atInstall.length + 5);

	await context.setOffline(true);
	await page.goto('/teach/edit');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await context.setOffline(false);
});

test('a link of the oldest format needs a connection once: offline it says so, then it opens and works offline', async ({
	page,
	context,
	consoleErrors
}) => {
	const payload = readFileSync(
		'src/lib/teaching/sharing/fixtures/link-format-1.txt',
		'utf8'
	).trim();
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.goto(`/open#m=${payload}`);
	// Its decoder is not in the install cache (a sixth of it): the student is told what to do.
	await expect(page.getByText('made by an older version of Lectern')).toBeVisible();
	expect(await page.evaluate(() => localStorage.getItem('lectern.assigned'))).toBeNull();
	allowConsoleErrors(consoleErrors, /Failed to load resource: net::ERR_FAILED/);

	await context.setOffline(false);
	await page.reload();
	await expect(page.getByText('was added to your modules')).toBeVisible();
	const stored = await page.evaluate(
		() => JSON.parse(localStorage.getItem('lectern.assigned') ?? '{}').items
	);
	expect(stored?.[0]?.article?.length, 'the split is saved with the module').toBeGreaterThan(0);

	await context.setOffline(true);
	await page.getByRole('link', { name: 'Open the module' }).click();
	await expect(page.locator('.sentence').first()).toBeVisible();
	await context.setOffline(false);
});

test('a module saved before splits travelled is split and measured once, and saved with both', async ({
	page
}) => {
	const saved = () =>
		page.evaluate(() => {
			const entry = JSON.parse(localStorage.getItem('lectern.assigned') ?? '{}').items?.[0];
			return { blocks: entry?.article?.length ?? 0, level: entry?.assignment.readingLevel };
		});
	await putOnDevice(page, { assigned: [sampleModule()] });
	expect((await saved()).blocks).toBe(0);
	await page.goto('/assigned?id=m-e2e-sample');
	await expect(page.locator('.sentence').first()).toBeVisible();
	await expect(page.locator('[data-reading-level]')).toContainText('min read');
	await expect.poll(async () => (await saved()).blocks).toBeGreaterThan(3);
	await expect.poll(async () => (await saved()).level?.words).toBeGreaterThan(100);
});

test('offline, a review two days after a quiz reschedules the question answered', async ({
	page,
	context,
	consoleErrors
}) => {
	test.setTimeout(90_000);
	const DAY = 24 * 60 * 60 * 1000;
	const T0 = Date.parse('2026-03-02T09:00:00.000Z');
	await page.clock.install({ time: T0 });
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	const questions = questionsOf(slug);
	await page.goto(`/modules/${slug}/quiz`);
	await takeQuiz(page, questions);

	await page.clock.setFixedTime(T0 + 2 * DAY);
	await page.goto('/review');
	await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeFocused();
	const shown = await shownQuestion(page, questions);
	await answerWithKeyboard(page, shown, true);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('.feedback')).toContainText('Right');

	const due = await page.evaluate((key) => {
		const stored = JSON.parse(localStorage.getItem('lectern.progress') ?? '{}');
		return stored.questionStates[key].card.due as string;
	}, `${slug}/${shown.id}`);
	// Due a day after the quiz until answered; now later than the day of the review.
	expect(Date.parse(due)).toBeGreaterThan(T0 + 2 * DAY);
	await context.setOffline(false);
	expect(consoleErrors).toEqual([]);
});
