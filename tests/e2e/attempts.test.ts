import { DEFAULT_SETTINGS } from '../../src/lib/teaching/sharing';
import type { Response } from '../../src/lib/quiz/question/response';
import { encodeReceiptCode, type Receipt } from '../../src/lib/teaching/receipt';
import { putOnDevice } from './device';
import { expect, expectAccessible, test } from './fixtures';
import { questionsOf } from './module-data';
import { sampleModule } from './sample-module';

const choices = questionsOf('kazakhstan-2022')
	.filter((q) => q.type === 'single-choice')
	.slice(0, 2);
const module = sampleModule({
	id: 'm-e2e-attempts',
	questions: choices,
	settings: { ...DEFAULT_SETTINGS }
});
const START = Date.parse('2026-03-05T14:00:00Z');

/** Ana's three attempts: half right, all right, then a timed-out blank one. */
function receipt(attempt: number, rightAnswers: number): Receipt {
	const responses: Record<string, Response> = {};
	choices.slice(0, rightAnswers).forEach((q) => {
		if (q.type === 'single-choice')
			responses[q.id] = { type: 'single-choice', selected: q.correctIndex };
	});
	return {
		version: 1,
		assignmentId: module.id,
		studentName: 'Ana Lopez',
		attempt,
		startedAt: START + attempt * 3_600_000,
		finishedAt: START + attempt * 3_600_000 + 300_000,
		responses,
		scores: {},
		timesMs: {}
	};
}
const attempts = [receipt(1, 1), receipt(2, 2), receipt(3, 0)];

test('the teacher chooses which attempt counts, and the gradebook lists every attempt', async ({
	page
}) => {
	await putOnDevice(page, { teacher: [module] });
	await page.goto(`/teach/gradebook?id=${module.id}`);
	const codes = await Promise.all(attempts.map((r) => encodeReceiptCode(r)));
	await page.getByLabel('Paste receipt codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add receipts' }).click();

	const ana = page.locator('[data-student="Ana Lopez"]');
	await expect(ana.locator('[data-score]')).toHaveAttribute('data-score', '100');
	await expect(ana.locator('[data-attempts]')).toHaveText(/50%, 100%\s✓\s\(counts\), 0%/);

	await page.getByLabel('Attempt that counts').selectOption('latest');
	await expect(ana.locator('[data-score]')).toHaveAttribute('data-score', '0');
	await page.getByLabel('Attempt that counts').selectOption('first');
	await expect(ana.locator('[data-score]')).toHaveAttribute('data-score', '50');

	// The class can be sorted by score, and shows its average.
	await page.getByRole('button', { name: /^Score/ }).click();
	await expect(page.getByRole('columnheader', { name: /^Score/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await expect(page.locator('[data-class-average]')).toContainText('Class average');

	// The choice is the module's setting: it is there after a reload.
	await page.reload();
	await expect(page.getByLabel('Attempt that counts')).toHaveValue('first');
	await expect(ana.locator('[data-score]')).toHaveAttribute('data-score', '50');
	await expectAccessible(page);
});

test('a student sees every attempt with its receipt, and which one counts', async ({ page }) => {
	await putOnDevice(page, { studentName: 'Ana Lopez' });
	const submissions = await Promise.all(
		attempts.map(async (r, i) => ({
			attempt: r.attempt,
			finishedAt: r.finishedAt,
			percent: [50, 100, 0][i]!,
			receiptCode: await encodeReceiptCode(r),
			studentName: 'Ana Lopez'
		}))
	);
	await page.evaluate(
		(entry) => localStorage.setItem('lectern.assigned', JSON.stringify([entry])),
		{ assignment: module, addedAt: START, submissions }
	);
	await page.goto(`/assigned/results?id=${module.id}`);

	const list = page.getByRole('region', { name: 'Your attempts' });
	await expect(list.getByRole('listitem')).toHaveCount(3);
	await expect(list).toContainText('Your teacher counts the highest score: attempt 2, 100%.');
	await list.getByText('Code to send for attempt 1').click();
	await expect(list.getByLabel('Attempt 1: code to send')).toHaveValue(submissions[0]!.receiptCode);
	await expectAccessible(page);
});
