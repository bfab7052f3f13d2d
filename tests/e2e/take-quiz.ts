import { expect, type Page } from '@playwright/test';
import type { FeedbackMode, Question } from '../../src/lib/quiz/question';
import { answerWithKeyboard } from './keyboard-answers';

/**
 * Takes the quiz from its page: answers the first `answers` questions (right, wrong, right, …)
 * with the keyboard and checks each, leaves the rest unanswered, then submits. A wrongly ordered
 * list would earn partial credit, so those are skipped instead. Returns the credit.
 */
export async function takeQuiz(
	page: Page,
	questions: readonly Question[],
	answers = 0,
	feedback: FeedbackMode = 'after-each'
): Promise<number> {
	await expect(page.getByRole('heading', { name: /^Question 1 of/ })).toBeVisible();
	let earned = 0;
	let reviewing = false;
	for (const [index, question] of questions.slice(0, answers).entries()) {
		const right = index % 2 === 0;
		const last = index === questions.length - 1;
		await expect(
			page.getByRole('heading', { name: `Question ${index + 1} of ${questions.length}` })
		).toBeVisible();
		earned += await answerWithKeyboard(page, question, right);
		reviewing = last;
		if (question.type === 'ordering' && !right) {
			await page.getByRole('button', { name: last ? 'Skip and finish' : 'Skip for now' }).click();
		} else if (feedback === 'at-end') {
			// Saving moves on by itself, to the review after the last question.
			await page.getByRole('button', { name: 'Save answer' }).click();
		} else {
			await page.getByRole('button', { name: 'Check answer' }).click();
			await expect(page.locator('.feedback')).toBeVisible();
			await page
				.getByRole('button', { name: last ? 'Finish' : 'Next question', exact: true })
				.click();
		}
	}
	if (!reviewing) await page.getByRole('button', { name: 'Finish quiz…' }).click();
	await page.getByRole('button', { name: 'Submit my answers' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /Your score/ })).toBeVisible();
	return earned;
}

/** Which of `questions` is on screen, found by its prompt. */
export async function shownQuestion(page: Page, questions: readonly Question[]): Promise<Question> {
	const text = (await page.locator('.question').innerText()).replace(/\s+/g, ' ');
	const found = questions.find((q) =>
		text.includes(q.type === 'cloze' ? (q.prompt.split('_____')[0] ?? '').trim() : q.prompt)
	);
	if (!found) throw new Error(`None of the questions is on screen:\n${text}`);
	return found;
}
