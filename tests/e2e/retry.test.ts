import type { Page } from '@playwright/test';
import { buildAttempt, emptyState, recordAttempt } from '../../src/lib/progress/record';
import { right, storedText, wrong } from '../../src/lib/progress/record/testing/factories';
import { expect, expectAccessible, test } from './fixtures';
import { answerWithKeyboard } from './keyboard-answers';
import { questionsOf } from './module-data';

const slug = 'kazakhstan-2022';
const questions = questionsOf(slug);
/** Two single-choice questions the first quiz got wrong; every other one was right. */
const missed = questions.filter((q) => q.type === 'single-choice').slice(0, 2);

/**
 * Puts on the device a quiz of the bundled module finished an hour ago, each question graded
 * right or wrong by `isRight`. @returns the stored attempt.
 */
async function quizTakenEarlier(
	page: Page,
	id: string,
	isRight: (index: number, questionId: string) => boolean
) {
	const finishedAt = new Date(Date.now() - 3_600_000);
	const quiz = buildAttempt({
		id,
		moduleSlug: slug,
		kind: 'quiz',
		questions,
		responses: {},
		grades: Object.fromEntries(
			questions.map((q, i) => [q.id, isRight(i, q.id) ? right() : wrong()])
		),
		startedAt: new Date(finishedAt.getTime() - 600_000),
		finishedAt
	});
	await page.goto('/');
	await page.evaluate(
		(value) => localStorage.setItem('lectern.progress', value),
		storedText(recordAttempt(emptyState(), quiz, finishedAt))
	);
	return quiz;
}

test('a retry of the missed questions raises the quiz score, says so, and the chart does not fall', async ({
	page
}) => {
	const quiz = await quizTakenEarlier(
		page,
		'e2e-quiz-1',
		(_, id) => !missed.some((m) => m.id === id)
	);
	const before = Math.round(quiz.score * 100);

	await page.goto(`/modules/${slug}/results`);
	await page.getByRole('button', { name: 'Retry the 2 I missed' }).click();
	await expect(page.getByText('Retrying the 2 questions you missed')).toBeVisible();
	for (const [index, question] of missed.entries()) {
		await expect(page.getByRole('heading', { name: `Question ${index + 1} of 2` })).toBeVisible();
		await answerWithKeyboard(page, question, true);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page
			.getByRole('button', { name: index === 1 ? 'Finish' : 'Next question', exact: true })
			.click();
	}
	await page.getByRole('button', { name: 'Submit my answers' }).click();

	const corrected = page.locator('[data-score-after]');
	await expect(corrected).toHaveAttribute('data-score-after', '100');
	await expect(corrected).toContainText(`(it was ${before}%)`);
	await expect(
		page.getByRole('heading', { level: 2, name: /This retry: 2 out of 2/ })
	).toBeVisible();
	await expectAccessible(page);

	await page.goto('/progress');
	await expect(page.locator('[data-fact="attempts"]')).toHaveText('1');
	await expect(page.locator('[data-fact="last"]')).toContainText('100% with corrections');
	await page.getByText('Scores as a table').click();
	await expect(page.getByRole('cell', { name: 'Quiz after a retry' })).toBeVisible();
});

test('the score chart’s text is at least 12 px on a 320 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await quizTakenEarlier(page, 'e2e-chart-1', (index) => index % 2 === 0);
	await page.goto('/progress');
	const chart = page.getByRole('img', { name: /Scores over time/ });
	await expect(chart).toBeVisible();
	const smallest = await chart.evaluate((svg) => {
		const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
		return Math.min(
			...[...svg.querySelectorAll('text')].map(
				(text) => parseFloat(getComputedStyle(text).fontSize) * scale
			)
		);
	});
	expect(smallest).toBeGreaterThanOrEqual(11.9);
});
