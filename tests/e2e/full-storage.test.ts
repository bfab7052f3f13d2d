import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../src/lib/teaching/sharing';
import { putOnDevice } from './device';
import { expect, expectAccessible, test } from './fixtures';
import { answerWithKeyboard } from './keyboard-answers';
import { questionsOf } from './module-data';
import { sampleModule } from './sample-module';

const FILLER = 'fill.';

const assignment = sampleModule({
	id: 'm-e2e-full-storage',
	questions: questionsOf('kazakhstan-2022').slice(0, 3),
	settings: { ...DEFAULT_SETTINGS, shuffleOptions: false }
});

/** A student who was assigned the module on this device and already gave a name. */
async function assignModule(page: Page): Promise<void> {
	await putOnDevice(page, { assigned: [assignment], studentName: 'Noor Haddad' });
}

/**
 * Fills this origin's real localStorage until not even one more character fits: large strings
 * first, halving on every refusal. Short keys, so the app's own probe key cannot squeeze in.
 */
async function fillStorage(page: Page): Promise<void> {
	const refused = await page.evaluate((prefix) => {
		let count = 0;
		for (let size = 1 << 21; size >= 1;) {
			try {
				localStorage.setItem(`${prefix}${count}`, 'x'.repeat(size));
				count += 1;
			} catch {
				size >>= 1;
			}
		}
		try {
			localStorage.setItem('lectern.probe', '1');
			return false;
		} catch (error) {
			return (error as DOMException).name;
		}
	}, FILLER);
	expect(refused).toBe('QuotaExceededError');
}

async function freeStorage(page: Page): Promise<void> {
	await page.evaluate((prefix) => {
		const keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix));
		for (const key of keys) localStorage.removeItem(key);
	}, FILLER);
}

test('a quiz finished while storage is full keeps its receipt on screen until it is saved', async ({
	page
}) => {
	await assignModule(page);
	await page.goto(`/assigned/quiz?id=${assignment.id}`);
	const first = assignment.questions[0];
	if (!first) throw new Error('no questions');
	await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeFocused();
	await fillStorage(page);
	await answerWithKeyboard(page, first, true);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.getByRole('button', { name: 'Next question' }).click();
	await page.getByRole('button', { name: 'Finish quiz…' }).click();
	await page.getByRole('button', { name: 'Submit my answers' }).click();

	await expect(page.getByRole('alert')).toContainText('This device could not save your answers');
	await expect(page).toHaveURL(/\/assigned\/quiz\?id=/);
	const code = await page.getByLabel('Receipt code').inputValue();
	expect(code).toMatch(/^R1\./);
	await expect(page.getByRole('heading', { name: 'Your answers are not saved yet' })).toBeFocused();
	await expectAccessible(page);

	await freeStorage(page);
	await page.getByRole('button', { name: 'Try saving again' }).click();
	await expect(page).toHaveURL(/\/assigned\/results\?id=/);
	await expect(page.locator('[data-score]')).toHaveAttribute('data-score', '33');
	await expect(page.getByLabel('Receipt code')).toHaveValue(code);
});

test('full storage is reported as full, and what was saved still opens', async ({ page }) => {
	await assignModule(page);
	await fillStorage(page);
	await page.goto(`/assigned/quiz?id=${assignment.id}`);

	await expect(
		page.getByRole('heading', { level: 1, name: `Quiz: ${assignment.title}` })
	).toBeVisible();
	await expect(page.getByText('Storage on this device is full')).toBeVisible();
	await expect(page.getByText(/turned off|does not let Lectern save/)).toHaveCount(0);

	await page.goto('/');
	await expect(page.getByRole('list', { name: 'Assigned to you' })).toContainText(assignment.title);
	await expect(page.getByText(/turned off/)).toHaveCount(0);
});
