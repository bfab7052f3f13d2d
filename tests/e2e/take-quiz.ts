import { expect, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/question/schema';
import { answerWithKeyboard } from './keyboard-answers';

/**
 * Takes the quiz from its page: answers the first `answers` questions (right, wrong, right, …)
 * with the keyboard and checks each, leaves the rest unanswered, then submits. Returns the credit.
 */
export async function takeQuiz(
	page: Page,
	questions: readonly Question[],
	answers = 0
): Promise<number> {
	await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
	let earned = 0;
	for (const [index, question] of questions.slice(0, answers).entries()) {
		earned += await answerWithKeyboard(page, question, index % 2 === 0);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect(page.locator('.feedback')).toBeVisible();
		if (index === questions.length - 1)
			await page.getByRole('button', { name: 'Finish', exact: true }).click();
		else await page.getByRole('button', { name: 'Next question' }).click();
	}
	if (answers < questions.length) await page.getByRole('button', { name: 'Finish quiz…' }).click();
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Your score/ })).toBeVisible();
	return earned;
}
