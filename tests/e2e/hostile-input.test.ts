import { deflateSync } from 'fflate';
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS, encodeShareLink, type Assignment } from '../../src/lib/teaching/sharing';
import { toBase64url } from '../../src/lib/core/codecs/base64url';
import { buildSharePayload } from '../../src/lib/teaching/sharing/share-payload';
import { encodeReceiptCode, type Receipt } from '../../src/lib/teaching/receipt';
import { putOnDevice } from './device';
import { expect, expectAccessible, test } from './fixtures';
import { questionsOf } from './module-data';
import { sampleModule } from './sample-module';

const questions = questionsOf('kazakhstan-2022');
const numeric = questions.find((q) => q.type === 'numeric')!;

/** A format-1 link whose JSON text is written by hand, as someone crafting a link would. */
function linkWithJson(text: string): string {
	return `/open#m=1.${toBase64url(deflateSync(new TextEncoder().encode(text), { level: 9 }))}`;
}

async function expectRefused(page: Page, link: string, reason: RegExp): Promise<void> {
	await page.goto('/');
	await page.goto(link);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('could not be opened');
	await expect(alert).toContainText(reason);
	expect(await page.evaluate(() => localStorage.getItem('lectern.assigned'))).toBeNull();
}

test('a link carrying 1e999 is refused, naming the number, and nothing is stored', async ({
	page
}) => {
	const module = sampleModule({
		id: 'm-e2e-infinite',
		questions: [numeric],
		bundledSlug: undefined
	});
	const json = JSON.stringify(buildSharePayload(module)).replace(
		/"answer":-?[\d.]+/,
		'"answer":1e999'
	);
	expect(json).toContain('1e999');
	await expectRefused(page, linkWithJson(json), /Infinity/);
});

test('a link with two questions of one id is refused instead of leaving the quiz loading', async ({
	page
}) => {
	const [first, second] = questions;
	const module = sampleModule({
		id: 'm-e2e-repeated-id',
		questions: [first!, { ...second!, id: first!.id }],
		bundledSlug: undefined
	});
	await expectRefused(page, `/open#m=${encodeShareLink(module).payload}`, /ids must be unique/);
});

test('a stored module an older version let in with a repeated id is set aside, never stuck loading', async ({
	page
}) => {
	const [first, second] = questions;
	const broken: Assignment = sampleModule({
		id: 'm-e2e-stored-repeat',
		questions: [first!, { ...second!, id: first!.id }]
	});
	await putOnDevice(page, { assigned: [broken] });
	await page.goto(`/assigned/quiz?id=${broken.id}`);
	await expect(page.getByText('Loading the quiz…')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Quiz:/);

	await page.goto('/progress');
	await expect(page.getByText(/Copy of modules from your teacher/)).toBeVisible();
	await expectAccessible(page);
});

test('a receipt finished at the largest safe integer is refused and the gradebook keeps working', async ({
	page
}) => {
	const module = sampleModule({
		id: 'm-e2e-gradebook',
		questions: questions.slice(0, 2),
		settings: { ...DEFAULT_SETTINGS }
	});
	const receipt = (finishedAt: number, studentName: string): Receipt => ({
		version: 1,
		assignmentId: module.id,
		studentName,
		attempt: 1,
		startedAt: Date.parse('2026-03-05T14:00:00Z'),
		finishedAt,
		responses: {},
		scores: {},
		timesMs: {}
	});
	await putOnDevice(page, { teacher: [module] });
	await page.goto(`/teach/gradebook?id=${module.id}`);
	const codes = [
		await encodeReceiptCode(receipt(9007199254740991, 'Bad Clock')),
		await encodeReceiptCode(receipt(Date.parse('2026-03-05T14:07:30Z'), 'Ana Lopez'))
	];
	await page.getByLabel('Paste receipt codes').fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add receipts' }).click();
	await expect(page.getByText(/finishedAt/)).toBeVisible();
	await expect(page.locator('[data-student="Ana Lopez"]')).toBeVisible();

	await page.reload();
	await expect(page.locator('[data-student="Ana Lopez"]')).toBeVisible();
	await expect(page.locator('[data-student]')).toHaveCount(1);
});
