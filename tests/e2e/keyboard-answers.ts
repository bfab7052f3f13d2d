import { expect, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/quiz/question/schema';
import { shuffledIndexes } from '../../src/lib/core/random/shuffle';

/**
 * Drives the quiz with the keyboard alone, as a student who cannot use a mouse would: Tab to a
 * control (never clicking), then Space, Enter, arrows or typing.
 */
export async function tabTo(page: Page, name: string | RegExp, maxTabs = 60): Promise<void> {
	for (let i = 0; i < maxTabs; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element) return '';
			const labelled = element.getAttribute('aria-label');
			if (labelled) return labelled;
			const input = element as HTMLInputElement;
			const label = input.labels?.[0]?.textContent;
			return (label ?? element.textContent ?? '').trim();
		});
		if (typeof name === 'string' ? focused === name : name.test(focused)) return;
	}
	throw new Error(`Could not reach "${name}" with the Tab key`);
}

/** Answers the question shown, rightly or wrongly; returns the score that answer should earn. */
export async function answerWithKeyboard(
	page: Page,
	question: Question,
	right: boolean
): Promise<number> {
	switch (question.type) {
		case 'single-choice':
		case 'true-false': {
			const options = question.type === 'true-false' ? ['True', 'False'] : question.options;
			const correct =
				question.type === 'true-false' ? (question.answer ? 0 : 1) : question.correctIndex;
			const pick = right ? correct : (correct + 1) % options.length;
			await tabTo(page, options[0] as string);
			if (pick === 0) await page.keyboard.press('Space');
			for (let i = 0; i < pick; i++) await page.keyboard.press('ArrowDown');
			await expect(page.getByRole('radio', { name: options[pick], exact: true })).toBeChecked();
			return right ? 1 : 0;
		}
		case 'multiple-choice': {
			const picks = right
				? question.correctIndexes
				: [question.options.findIndex((_, i) => !question.correctIndexes.includes(i))];
			for (const index of picks) {
				await tabTo(page, question.options[index] as string);
				await page.keyboard.press('Space');
			}
			return right ? 1 : 0;
		}
		case 'numeric':
			await tabTo(page, question.prompt);
			await page.keyboard.type(
				right
					? `${question.answer}${question.unit ? ` ${question.unit}` : ''}`
					: String(question.answer + question.tolerance + 1000)
			);
			return right ? 1 : 0;
		case 'short-answer':
			await tabTo(page, question.prompt);
			await page.keyboard.type(right ? (question.accepted[0] as string) : 'Atlantis');
			return right ? 1 : 0;
		case 'cloze':
			await tabTo(page, 'Missing word or words');
			await page.keyboard.type(right ? (question.accepted[0] as string) : 'Atlantis');
			return right ? 1 : 0;
		case 'ordering': {
			if (!right) return 0; // left unanswered: a wrong order would earn partial credit
			const order = shuffledIndexes(question.items.length, question.id);
			for (let target = 0; target < order.length; target++) {
				const from = order.indexOf(target);
				if (from === target) continue;
				await tabTo(page, `Move up: ${question.items[target]}`);
				for (let step = from; step > target; step--) await page.keyboard.press('Enter');
				order.splice(from, 1);
				order.splice(target, 0, target);
			}
			return 1;
		}
		case 'matching': {
			const shown = shuffledIndexes(question.pairs.length, `${question.id}-right`);
			for (const [row, pair] of question.pairs.entries()) {
				const wanted = right ? row : (row + 1) % question.pairs.length;
				await tabTo(page, pair.left);
				for (let i = 0; i <= shown.indexOf(wanted); i++) await page.keyboard.press('ArrowDown');
			}
			return right ? 1 : 0;
		}
	}
}
