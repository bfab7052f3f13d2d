import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { answerWithKeyboard } from './keyboard-answers';
import { questionsOf } from './module-data';
import { shownQuestion } from './take-quiz';

const slug = 'kazakhstan-2022';
const questions = questionsOf(slug);
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-03-02T09:00:00.000Z');

/**
 * Answers the first `answers` questions right, right, wrong, … and submits, the rest unanswered.
 * Returns the credit earned and how many questions are missed (as the built quiz counts them).
 */
async function failQuiz(page: Page, answers: number): Promise<{ earned: number; missed: number }> {
	await page.goto(`/modules/${slug}/quiz`);
	const heading = page.getByRole('heading', { name: /^Question 1 of \d+$/ });
	await expect(heading).toBeVisible();
	const total = Number((await heading.innerText()).split(' of ')[1]);
	let earned = 0;
	for (const [index, question] of questions.slice(0, answers).entries()) {
		earned += await answerWithKeyboard(page, question, index % 3 !== 2);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.getByRole('button', { name: 'Next question' }).click();
	}
	await page.getByRole('button', { name: 'Finish quiz…' }).click();
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Your score/ })).toBeVisible();
	return { earned, missed: total - earned };
}

async function dueCount(page: Page): Promise<number> {
	await page.goto('/');
	const due = page.locator('[data-due-count]');
	await expect(due).toBeVisible();
	return Number(await due.getAttribute('data-due-count'));
}

test('nothing is due on the day of a failed quiz, and the review says when the next one is', async ({
	page,
	consoleErrors
}) => {
	await page.clock.install({ time: T0 });
	await failQuiz(page, 0);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Review' })
		.click();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Nothing to review right now' })
	).toBeFocused();
	await expect(page.getByText('The next question is due tomorrow.')).toBeVisible();
	await expectAccessible(page);
	expect(consoleErrors).toEqual([]);
});

test('a review two days after a failed quiz asks the missed questions and reschedules them', async ({
	page,
	consoleErrors
}) => {
	test.setTimeout(90_000);
	await page.clock.install({ time: T0 });
	const answered = 3;
	const { missed } = await failQuiz(page, answered);

	await page.clock.setFixedTime(T0 + 2 * DAY);
	expect(await dueCount(page)).toBe(missed);
	await page.getByRole('link', { name: 'Start review' }).click();
	await expect(page.getByRole('heading', { name: `Question 1 of ${missed}` })).toBeFocused();
	await expectAccessible(page);

	// The missed questions, and only those: the right answers of the quiz are not asked again.
	const rightInQuiz = questions.slice(0, answered).filter((_, i) => i % 3 !== 2);
	const first = await shownQuestion(page, questions);
	expect(rightInQuiz).not.toContain(first);
	await answerWithKeyboard(page, first, true);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('.feedback')).toContainText('Right');
	await expect(page.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
	if (first.sentenceIds.length > 0) {
		const evidence = page.locator('.feedback').getByRole('link', { name: 'See it in the article' });
		await expect(evidence).toHaveAttribute('href', new RegExp(`^/modules/${slug}#p\\d`));
	}
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectAccessible(page);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.getByRole('button', { name: 'Next question' }).click();

	await expect(page.getByRole('heading', { name: `Question 2 of ${missed}` })).toBeFocused();
	const second = await shownQuestion(page, questions);
	expect(second).not.toBe(first);
	await answerWithKeyboard(page, second, false);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('.feedback')).toContainText(/Not right|Partly right/);
	await page.getByRole('button', { name: 'Next question' }).click();

	for (let index = 3; index < missed; index++) {
		await page.getByRole('button', { name: 'Skip for now' }).click();
	}
	await page.getByRole('button', { name: 'Skip and finish' }).click();
	await expect(page.getByRole('heading', { name: 'Review finished' })).toBeFocused();
	await expect(page.locator('.summary')).toContainText('You reviewed 2 questions: 1 right');
	await expect(page.locator('.summary')).toContainText(
		`${missed - 2} questions skipped will stay due.`
	);
	await expectAccessible(page);

	// Both answered questions moved into the future: a right one further than a wrong one.
	expect(await dueCount(page)).toBe(missed - 2);
	const schedule = await page.evaluate(
		(keys) => {
			const stored = JSON.parse(localStorage.getItem('lectern.progress') ?? '{}');
			return keys.map((key) => stored.questionStates[key].card.due as string);
		},
		[first, second].map((q) => `${slug}/${q.id}`)
	);
	const [rightDue, wrongDue] = schedule.map((iso) => Date.parse(iso));
	expect(wrongDue).toBeGreaterThan(T0 + 2 * DAY);
	expect(rightDue).toBeGreaterThan(wrongDue ?? Infinity);
	expect(consoleErrors).toEqual([]);
});

test('the review skips a due question that the module no longer has', async ({
	page,
	consoleErrors
}) => {
	await page.clock.install({ time: T0 });
	const { missed } = await failQuiz(page, 0);
	await page.evaluate(() => {
		const stored = JSON.parse(localStorage.getItem('lectern.progress') ?? '{}');
		const key = Object.keys(stored.questionStates)[0] as string;
		stored.questionStates['kazakhstan-2022/q-removed'] = stored.questionStates[key];
		localStorage.setItem('lectern.progress', JSON.stringify(stored));
	});
	await page.clock.setFixedTime(T0 + 2 * DAY);
	expect(await dueCount(page)).toBe(missed);
	await page.getByRole('link', { name: 'Start review' }).click();
	await expect(page.getByRole('heading', { name: `Question 1 of ${missed}` })).toBeVisible();
	expect(consoleErrors).toEqual([]);
});
