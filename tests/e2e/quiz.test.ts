import { credit } from '../../src/lib/core/format/number';
import { expect, expectAccessible, test } from './fixtures';
import { questionsOf } from './module-data';
import { answerWithKeyboard, tabTo } from './keyboard-answers';

const slug = 'kazakhstan-2022';
const questions = questionsOf(slug);

test('a student takes the whole bundled quiz with the keyboard alone', async ({
	page,
	consoleErrors
}) => {
	test.setTimeout(120_000);
	expect(questions.length).toBeGreaterThanOrEqual(12);

	await page.goto(`/modules/${slug}`);
	await tabTo(page, 'Take the quiz');
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { name: `Question 1 of ${questions.length}` })
	).toBeVisible();
	await expectAccessible(page);

	let expected = 0;
	let sawEvidence = false;
	for (const [index, question] of questions.entries()) {
		await expect(
			page.getByRole('heading', { name: `Question ${index + 1} of ${questions.length}` })
		).toBeFocused();
		const right = index % 2 === 0;
		const earned = await answerWithKeyboard(page, question, right);
		expected += earned;
		const skipped = question.type === 'ordering' && !right;
		const last = index === questions.length - 1;

		if (skipped) {
			await tabTo(page, last ? 'Skip and finish' : 'Skip for now');
			await page.keyboard.press('Enter');
			continue;
		}
		await tabTo(page, 'Check answer');
		await page.keyboard.press('Enter');
		const feedback = page.locator('.feedback');
		await expect(feedback).toContainText(right ? 'Right' : 'Not right');
		await expect(page.getByRole('main').getByRole('status')).toContainText(
			right ? 'Right.' : 'Not right.'
		);
		if (!right) await expect(feedback).toContainText(question.answerText);
		if (index === 1) await expectAccessible(page);

		if (!right && !sawEvidence && question.sentenceIds.length > 0) {
			// The evidence link opens the article at the supporting sentence; Back returns to the quiz.
			sawEvidence = true;
			await tabTo(page, 'See it in the article');
			await page.keyboard.press('Enter');
			const first = page.locator(`[id="${question.sentenceIds[0]}"]`);
			await expect(first).toHaveClass(/highlighted/);
			await expect(first).toBeFocused();
			await page.goBack();
			await expect(page.locator('.feedback')).toContainText('Not right');
		}
		await tabTo(page, last ? 'Finish' : 'Next question');
		await page.keyboard.press('Enter');
	}
	expect(sawEvidence).toBe(true);

	await expect(page.getByRole('heading', { name: 'Ready to submit?' })).toBeFocused();
	await expectAccessible(page);
	await tabTo(page, 'Submit my answers');
	await page.keyboard.press('Enter');

	const percent = Math.round((expected / questions.length) * 100);
	const shown = credit(expected);
	await expect(page.getByRole('heading', { level: 2, name: /Your score/ })).toHaveText(
		`Your score: ${shown} out of ${questions.length} (${percent}%)`
	);
	await expect(page.locator('.answer-review')).toHaveCount(questions.length);
	await expect(page.getByRole('button', { name: /Retry the/ })).toBeVisible();
	await expectAccessible(page);
	expect(consoleErrors).toEqual([]);
});

test('answers in progress survive a reload and a trip to the article', async ({ page }) => {
	expect(questions.length, 'the bundled module has questions').toBeGreaterThan(1);
	await page.goto(`/modules/${slug}/quiz`);
	await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
	await page.getByRole('button', { name: 'Skip for now' }).click();
	await expect(page.getByRole('heading', { name: /Question 2 of/ })).toBeVisible();
	const textbox = page.getByRole('textbox').first();
	const hasTextbox = (await textbox.count()) > 0;
	if (hasTextbox) await textbox.fill('my draft answer');
	else await page.getByRole('radio').first().check();

	await page.reload();
	await expect(page.getByRole('heading', { name: /Question 2 of/ })).toBeVisible();
	if (hasTextbox) await expect(page.getByRole('textbox').first()).toHaveValue('my draft answer');
	else await expect(page.getByRole('radio').first()).toBeChecked();

	await page.getByRole('link', { name: '← Back to the article' }).click();
	await page.getByRole('link', { name: 'Take the quiz' }).click();
	await expect(page.getByRole('heading', { name: /Question 2 of/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Question 2, answered' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Question 1, not answered' })).toBeVisible();
});

test('an empty or unreadable answer is not graded as wrong', async ({ page }) => {
	const numericIndex = questions.findIndex((q) => q.type === 'numeric');
	// The bundled question file is checked in, so this holds unless someone removes its numbers.
	expect(numericIndex, 'the bundled module has a numeric question').toBeGreaterThanOrEqual(0);
	await page.goto(`/modules/${slug}/quiz`);
	await page.getByRole('button', { name: new RegExp(`^Question ${numericIndex + 1},`) }).click();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('.message')).toHaveText(
		'Answer the question first, or skip it for now.'
	);
	await page.getByRole('textbox').fill('lots');
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.locator('.message')).toContainText('Type a number');
	await expect(page.locator('.feedback')).toHaveCount(0);
});

test('submitting asks to confirm and lists unanswered questions', async ({ page }) => {
	await page.goto(`/modules/${slug}/quiz`);
	await page.getByRole('button', { name: 'Finish quiz…' }).click();
	await expect(page.getByRole('heading', { name: 'Ready to submit?' })).toBeVisible();
	await expect(page.getByText(`You answered 0 of ${questions.length} questions.`)).toBeVisible();
	await expect(page.locator('.unanswered li')).toHaveCount(questions.length);
	await page.getByRole('button', { name: /^Question 3:/ }).click();
	await expect(page.getByRole('heading', { name: /Question 3 of/ })).toBeFocused();
});

test('every quiz control is at least 24 by 24 pixels @phone', async ({ page }) => {
	await page.goto(`/modules/${slug}/quiz`);
	await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
	const small = await page.evaluate(() =>
		[...document.querySelectorAll('main button, main input, main select, main a')]
			.filter((element) => {
				const box = element.getBoundingClientRect();
				return box.width > 0 && (box.width < 24 || box.height < 24);
			})
			.map((element) => element.outerHTML.slice(0, 80))
	);
	expect(small).toEqual([]);
});

test('the article sits beside the questions on a wide screen and opens over them on a phone', async ({
	page
}) => {
	const first = questions[0]!;
	await page.setViewportSize({ width: 1366, height: 800 });
	await page.goto(`/modules/${slug}/quiz`);
	const pane = page.getByRole('complementary', { name: 'The article' });
	const heading = page.getByRole('heading', { name: `Question 1 of ${questions.length}` });
	await expect(pane.locator('.sentence').first()).toBeVisible();
	const [question, article] = [await heading.boundingBox(), await pane.boundingBox()];
	expect(article!.x).toBeGreaterThanOrEqual(question!.x + question!.width);
	// Nothing is marked before the check: that would give the answer away.
	await expect(pane.locator('.highlighted')).toHaveCount(0);

	await answerWithKeyboard(page, first, false);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(pane.locator('.highlighted')).toHaveCount(first.sentenceIds.length);
	await expect(pane.locator(`[id="${first.sentenceIds[0]}"]`)).toBeInViewport();
	await expectAccessible(page);

	await page.setViewportSize({ width: 390, height: 844 });
	await expect(pane).toBeHidden();
	await page.getByRole('button', { name: 'Article' }).click();
	await expect(pane).toBeVisible();
	await expect(pane.getByRole('heading', { name: 'The article' })).toBeFocused();
	await expect(pane.locator('.highlighted').first()).toBeInViewport();
	await page.keyboard.press('Escape');
	await expect(pane).toBeHidden();
	await expect(page.getByRole('button', { name: 'Article' })).toBeFocused();
	await expect(page).toHaveURL(new RegExp(`/modules/${slug}/quiz$`));
});

test('a checked choice marks the student’s answer and the right one, says the verdict once, and Enter moves on', async ({
	page
}) => {
	const index = questions.findIndex((q) => q.type === 'single-choice');
	const question = questions[index]!;
	if (question.type !== 'single-choice')
		throw new Error('the bundled quiz has a single-choice question');
	await page.goto(`/modules/${slug}/quiz`);
	await page.getByRole('button', { name: `Question ${index + 1}, not answered` }).click();
	await answerWithKeyboard(page, question, false);
	await page.getByRole('button', { name: 'Check answer' }).click();

	const wrongPick = (question.correctIndex + 1) % question.options.length;
	const label = (option: number) =>
		page.locator('label.choice').filter({ hasText: question.options[option]! });
	await expect(label(wrongPick)).toContainText('Your answer, not right');
	await expect(label(question.correctIndex)).toContainText('Right answer');
	await expect(page.locator('.feedback')).toContainText('Not right');
	await expect(page.locator('.feedback').getByText(/Not right/)).toHaveCount(1);

	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('heading', { name: `Question ${index + 2} of ${questions.length}` })
	).toBeFocused();
});
