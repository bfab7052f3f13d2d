import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, encodeShareLink, type Assignment } from '../../src/lib/teaching/sharing';
import { newModule } from '../../src/lib/teaching/builder/new-module';
import { generateQuestions } from '../../src/lib/reading/generate';
import { decodeReceiptCode } from '../../src/lib/teaching/receipt';
import { sampleModule } from './sample-module';
import { putOnDevice } from './device';
import { expect, expectAccessible, test } from './fixtures';
import { questionsOf } from './module-data';
import { decodeQr, decodeShown } from './qr-decode';
import { waitForOfflineReady } from './service-worker';

const slug = 'kazakhstan-2022';

/** The bundled article as a teacher's module, shared by naming the bundled article. */
function bundledModuleLink(): { link: string; assignment: Assignment } {
	const assignment = sampleModule({
		id: 'm-e2e-bundled',
		questions: questionsOf(slug).slice(0, 6),
		settings: { ...DEFAULT_SETTINGS, attemptsAllowed: 1, dueDate: '2026-12-01' }
	});
	const { payload } = encodeShareLink(assignment, { bundledArticle: { slug } });
	return { link: `/open#m=${payload}`, assignment };
}

test('a link that names a bundled article opens offline and adds the module', async ({
	page,
	context,
	consoleErrors
}) => {
	const { link, assignment } = bundledModuleLink();
	await page.goto('/');
	await waitForOfflineReady(page);
	await context.setOffline(true);

	await page.goto(link);
	await expect(page.getByText(`“${assignment.title}” was added to your modules`)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Open the module' }).click();
	await expect(page.getByRole('heading', { level: 1, name: assignment.title })).toBeVisible();
	await expect(page.locator('[data-fact="attempts-left"]')).toHaveText(/0 submitted, 1 left/);
	await expect(
		page.getByText('Approximately 2,500 soldiers are said to be part of', { exact: false }).first()
	).toBeVisible();
	await expectAccessible(page);

	await page.goto('/');
	await expect(page.getByRole('list', { name: 'Assigned to you' })).toContainText(assignment.title);
	expect(consoleErrors).toEqual([]);
});

test('a damaged or foreign link is refused with a reason and changes nothing saved', async ({
	page
}) => {
	const { link, assignment } = bundledModuleLink();
	const forOtherArticle = encodeShareLink(
		{ ...assignment, body: `${assignment.body}\n\nA paragraph added later.` },
		{ bundledArticle: { slug } }
	).payload;
	await page.goto(link);
	await expect(page.getByText('was added to your modules')).toBeVisible();
	const before = await page.evaluate(() => localStorage.getItem('lectern.assigned'));

	for (const bad of [
		link.slice(0, link.length - 40), // cut off when copied
		link.replace(/#m=\d\./, '#m=9.'), // from a newer Lectern
		link.replace(/(#m=3\.)(.)/, (_, start, char) => start + (char === 'A' ? 'B' : 'A')), // damaged
		`/open#m=${forOtherArticle}`, // made for another version of the article
		'/open#m=1.' + 'A'.repeat(50), // not deflate data
		'/open#hello'
	]) {
		await page.goto('/');
		await page.goto(bad);
		await expect(page.getByRole('alert')).toContainText('could not be opened');
		await expect(page.getByRole('alert').locator('li').first()).not.toBeEmpty();
		expect(await page.evaluate(() => localStorage.getItem('lectern.assigned'))).toBe(before);
	}
	await expectAccessible(page);
});

test('a student cannot submit more often than the teacher allows', async ({ page }) => {
	const { link } = bundledModuleLink();
	await page.goto(link);
	await page.getByRole('link', { name: 'Open the module' }).click();
	await page.getByRole('link', { name: 'Take the quiz' }).click();
	await page.getByLabel('Your name, as your teacher knows you').fill('Sam Okafor');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await page.getByRole('button', { name: 'Finish quiz…' }).click();
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Your score: 0%/ })).toBeVisible();
	await expect(page.getByLabel('Receipt code')).toHaveValue(/^R1\./);
	await expect(page.getByRole('link', { name: 'Try again' })).toHaveCount(0);

	await page.getByRole('link', { name: '← Back to the article' }).click();
	await expect(page.getByText('You have used every attempt your teacher allowed.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Take the quiz' })).toHaveCount(0);
});

test('two students on one device each submit under their own name, with their own attempts', async ({
	page
}) => {
	const { link } = bundledModuleLink();
	const submit = async () => {
		await page.getByRole('link', { name: 'Take the quiz' }).click();
		await page.getByRole('button', { name: 'Finish quiz…' }).click();
		await page.getByRole('button', { name: 'Submit my answers' }).click();
		const code = await page.getByLabel('Receipt code').inputValue();
		const receipt = await decodeReceiptCode(code);
		return receipt.ok ? receipt.value.studentName : undefined;
	};
	await page.goto(link);
	await page.getByRole('link', { name: 'Open the module' }).click();
	await page.getByRole('link', { name: 'Take the quiz' }).click();
	await page.getByLabel('Your name, as your teacher knows you').fill('Sam Okafor');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await page.getByRole('link', { name: '← Back to the article' }).click();
	expect(await submit()).toBe('Sam Okafor');

	await page.getByRole('link', { name: '← Back to the article' }).click();
	await expect(page.getByText('You have used every attempt your teacher allowed.')).toBeVisible();
	await page.getByRole('button', { name: 'Not you? Switch student' }).click();
	await page.getByLabel('Someone else: your name, as your teacher knows you').fill('Ana Lopez');
	await page.getByRole('button', { name: 'Use this name' }).click();
	await expect(page.locator('[data-fact="attempts-left"]')).toHaveText(/0 submitted, 1 left/);
	await expectAccessible(page);
	expect(await submit()).toBe('Ana Lopez');

	await page.getByRole('link', { name: '← Back to the article' }).click();
	await page.getByRole('button', { name: 'Not you? Switch student' }).click();
	await page.getByRole('button', { name: 'I am Sam Okafor' }).click();
	await expect(page.getByText('Answering as Sam Okafor.')).toBeVisible();
	await expect(page.locator('[data-fact="attempts-left"]')).toHaveText(/1 submitted, 0 left/);
	await expect(page.getByRole('link', { name: 'Take the quiz' })).toHaveCount(0);
});

test('a crafted link cannot lift the limits of a module, and a real update shows its changes first', async ({
	page
}) => {
	const { link, assignment } = bundledModuleLink();
	const linkWith = (settings: Partial<Assignment['settings']>, title = assignment.title) =>
		`/open#m=${
			encodeShareLink(
				{ ...assignment, title, settings: { ...assignment.settings, ...settings } },
				{ bundledArticle: { slug } }
			).payload
		}`;
	await page.goto(link);
	await expect(page.getByText('was added to your modules')).toBeVisible();

	// Opened in the same tab, only the fragment changes: the page must still read it.
	await page.evaluate(
		(hash) => (location.hash = hash),
		linkWith({ attemptsAllowed: null }).split('#')[1]!
	);
	await expect(page.getByText(`“${assignment.title}” is already in your modules`)).toBeVisible();

	await page.goto(linkWith({ attemptsAllowed: 5, passMark: 80 }, 'Unrest in Kazakhstan, revised'));
	await expect(page.getByText('This link has a different version')).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: 'pass mark changes from 60% to 80%' })
	).toBeVisible();
	await expect(page.getByText('stay as they were')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Update the module' }).click();
	await expect(page.getByText('was updated to your teacher’s latest version')).toBeVisible();
	const stored = await page.evaluate(() => localStorage.getItem('lectern.assigned'));
	expect(JSON.parse(stored ?? '{}').items[0].assignment.settings).toMatchObject({
		attemptsAllowed: 1,
		passMark: 80
	});
	await page.getByRole('link', { name: 'Open the module' }).click();
	await expect(page.locator('[data-fact="attempts-left"]')).toHaveText(/0 submitted, 1 left/);
});

test('a module on a bundled article fits one QR code for the projector', async ({ page }) => {
	const module = sampleModule();
	await putOnDevice(page, { teacher: [module] });
	await page.goto(`/teach/edit?id=${module.id}`);
	const link = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
	expect(link).toMatch(new RegExp(`/open#m=3\\.[A-Za-z0-9_-]{8}\\.${slug}\\.`));
	expect(link.length).toBeLessThanOrEqual(2953);
	const qr = page.getByRole('img', { name: 'QR code of the link for students' });
	await expect(qr).toBeVisible();
	// A camera must read the code back to the very link, at 4 pixels per module as on a projector.
	expect(await decodeQr(qr, 4)).toBe(link);

	// The link opens on a student's device with every question of the module.
	const student = await page.context().browser()?.newContext();
	const studentPage = await student?.newPage();
	if (!studentPage) throw new Error('no second browser context');
	await studentPage.goto(link);
	await studentPage.getByRole('link', { name: 'Open the module' }).click();
	await expect(studentPage.locator('dd').first()).toHaveText(String(module.questions.length));
	await student?.close();
});

test('a module on a typical pasted article shows one QR code full screen that reads back to its link', async ({
	page
}) => {
	// Decoding a version-32 code from the screen and checking the page with axe take seconds on a
	// busy machine.
	test.setTimeout(90_000);
	const text = readFileSync('tests/fixtures/articles/harbour-deal.txt', 'utf8');
	const made = newModule({
		id: 'm-e2e-pasted-qr',
		title: 'The harbour deal',
		text,
		questions: generateQuestions(text)
	});
	if (!made.ok) throw new Error(made.errors.join('\n'));
	await page.setViewportSize({ width: 1366, height: 768 });
	await putOnDevice(page, { teacher: [made.value] });
	await page.goto(`/teach/edit?id=${made.value.id}`);
	const link = await page.getByRole('textbox', { name: 'Link for students' }).inputValue();
	expect(made.value.questions.length).toBeGreaterThanOrEqual(10);

	await page.getByRole('button', { name: 'Show it full screen for the projector' }).click();
	const projector = page.getByRole('dialog', { name: 'The harbour deal' });
	const code = projector.getByRole('img', { name: /full screen/ });
	await expect(code).toBeVisible();
	expect(await decodeShown(code)).toBe(link);
	test.info().annotations.push({
		type: 'qr',
		description: `${link.length} characters, version ${await code.getAttribute('data-qr-version')}`
	});
	await expectAccessible(page);

	await page.keyboard.press('Escape');
	await expect(projector).toBeHidden();
	await expect(
		page.getByRole('button', { name: 'Show it full screen for the projector' })
	).toBeFocused();
});

test('a time limit warns the student five minutes before the end and submits when time is up', async ({
	page
}) => {
	const assignment = sampleModule({
		id: 'm-e2e-timed',
		questions: questionsOf(slug).slice(0, 3),
		settings: { ...DEFAULT_SETTINGS, timeLimitMinutes: 6 }
	});
	await page.clock.install({ time: new Date('2026-11-25T09:00:00Z') });
	await putOnDevice(page, { assigned: [assignment], studentName: 'Lee Chen' });
	await page.goto(`/assigned/quiz?id=${assignment.id}`);
	await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(
		/^Time left: (6:00|5:5\d)$/
	);

	await page.clock.runFor(61_000);
	await expect(page.getByRole('timer')).toHaveText(/^Time left: 4:[0-5]\d$/);
	await expect(page.getByRole('main').getByRole('status')).toHaveText(/^5 minutes left\./);
	// Sighted students see it too, and the clock stays in view as the quiz scrolls.
	await expect(page.getByText('5 minutes left or less.')).toBeVisible();
	await expect(page.locator('.time-limit')).toHaveCSS('position', 'sticky');

	await page.clock.runFor(4 * 60_000);
	await expect(page.getByText('1 minute left or less.')).toBeVisible();
	await page.clock.runFor(60_000);
	await expect(page.getByRole('heading', { level: 2, name: /Your score: 0%/ })).toBeVisible();
	await expect(page.getByText('Time’s up — your answers were submitted')).toBeVisible();
	await expect(page.getByLabel('Receipt code')).toHaveValue(/^R1\./);
});
