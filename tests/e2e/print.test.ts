import type { Locator, Page } from '@playwright/test';
import { segmentBody } from '../../src/lib/reading/article/segment';
import type { Question } from '../../src/lib/quiz/question/schema';
import { putOnDevice } from './device';
import { expect, expectAccessible, test } from './fixtures';
import { questionsOf } from './module-data';
import { sampleModule } from './sample-module';

/** `window.print` would open a dialog that blocks the test: count the calls instead. */
async function stubPrint(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const counted = window as unknown as { printCalls: number };
		counted.printCalls = 0;
		window.print = () => {
			counted.printCalls += 1;
		};
	});
}

const printCalls = (page: Page) =>
	page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

/** Presses a button from the keyboard alone: Tab until it has the focus, then Enter. */
async function pressWithKeyboard(page: Page, button: Locator): Promise<void> {
	for (let presses = 0; presses < 60; presses++) {
		if (await button.evaluate((element) => element === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
}

/** The module of the teacher's and the assigned tests: every question type, and one without evidence. */
function everyTypeModule(id: string) {
	const base = sampleModule({ id });
	const blocks = segmentBody(base.body);
	const sentence = (sentenceId: string) =>
		blocks
			.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : []))
			.find((s) => s.id === sentenceId)!.text;
	const common = { skill: 'detail', difficulty: 'easy', origin: 'authored' } as const;
	const extra: Question[] = [
		{
			...common,
			id: 'print-true-false',
			type: 'true-false',
			prompt: 'President Tokayev dismissed calls for talks with the protesters.',
			options: ['True', 'False'],
			answer: true,
			answerText: 'True',
			evidence: [sentence('p7s1')],
			sentenceIds: ['p7s1']
		},
		{
			...common,
			id: 'print-matching',
			type: 'matching',
			prompt: 'Match each country with its capital.',
			pairs: [
				{ left: 'Kazakhstan', right: 'Astana' },
				{ left: 'Russia', right: 'Moscow' },
				{ left: 'China', right: 'Beijing' }
			],
			answerText: 'Kazakhstan – Astana; Russia – Moscow; China – Beijing',
			evidence: [],
			sentenceIds: []
		}
	];
	return { ...base, questions: [...base.questions, ...extra] };
}

const questionTypes = (questions: readonly Question[]) => [
	...new Set(questions.map((q) => q.type))
];

/** Checks the worksheet as printed: article, every question answerable with a pencil, no controls. */
async function expectPrintedWorksheet(
	page: Page,
	expected: { paragraphs: number; questions: readonly Question[] }
): Promise<void> {
	await page.emulateMedia({ media: 'print' });
	const sheet = page.locator('.worksheet');
	await expect(sheet).toBeVisible();
	await expect(sheet).toContainText('Name');
	await expect(sheet).toContainText('Class');
	await expect(sheet).toContainText('Date');

	const paragraphs = sheet.locator('.paragraph');
	await expect(paragraphs).toHaveCount(expected.paragraphs);
	await expect(paragraphs.first().locator('.paragraph-number')).toHaveText('1');
	await expect(paragraphs.last().locator('.paragraph-number')).toHaveText(
		String(expected.paragraphs)
	);

	const printed = sheet.locator('.question');
	await expect(printed).toHaveCount(expected.questions.length);
	for (const [index, question] of expected.questions.entries()) {
		const item = printed.nth(index);
		await expect(item).toHaveAttribute('data-question-type', question.type);
		await expect(item.locator('.number')).toHaveText(`${index + 1}.`);
		const boxes = item.locator('[data-tick-box]');
		const positions = item.locator('[data-position-box]');
		const lines = item.locator('[data-answer-line]');
		switch (question.type) {
			case 'single-choice':
			case 'multiple-choice':
			case 'true-false':
				await expect(item).toContainText(question.prompt);
				await expect(boxes).toHaveCount(question.options.length);
				for (const option of question.options) await expect(item).toContainText(option);
				break;
			case 'numeric':
			case 'short-answer':
				await expect(item).toContainText(question.prompt);
				expect(await lines.count()).toBeGreaterThanOrEqual(1);
				break;
			case 'cloze':
				await expect(item).toContainText(question.prompt.split('_____')[0]!.trim());
				await expect(lines).toHaveCount(1);
				break;
			case 'ordering':
				await expect(positions).toHaveCount(question.items.length);
				for (const entry of question.items) await expect(item).toContainText(entry);
				break;
			case 'matching':
				await expect(lines).toHaveCount(question.pairs.length);
				for (const pair of question.pairs) {
					await expect(item).toContainText(pair.left);
					await expect(item).toContainText(pair.right);
				}
				break;
		}
	}

	// Nothing of the app itself is printed: no navigation, and nothing to click or type in.
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('main')).toBeHidden();
	const controls = page.locator(
		'a:visible, button:visible, input:visible, select:visible, textarea:visible, [tabindex]:visible'
	);
	await expect(controls).toHaveCount(0);
	const colours = await sheet.evaluate((element) => {
		const style = getComputedStyle(element);
		return [style.color, style.backgroundColor];
	});
	expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
	await expect(printed.first()).toHaveCSS('break-inside', 'avoid');
}

test('a student prints the article and its questions, without an answer key', async ({ page }) => {
	await stubPrint(page);
	await page.goto('/modules/kazakhstan-2022');
	const print = page.getByRole('button', { name: 'Print worksheet' });
	await expect(print).toBeVisible();
	await expect(page.locator('.worksheet')).toHaveCount(0);
	await expectAccessible(page);

	await pressWithKeyboard(page, print);
	await expect.poll(() => printCalls(page)).toBe(1);
	await expect(page.locator('.worksheet')).toHaveAttribute('data-worksheet', 'student');
	// On screen the page is unchanged: the worksheet shows only in print.
	await expect(page.locator('.worksheet')).toBeHidden();
	await expect(page.locator('main')).toBeVisible();

	const paragraphs = await page.locator('main .article-text p').count();
	const questions = questionsOf('kazakhstan-2022');
	await expectPrintedWorksheet(page, { paragraphs, questions });
	await expect(page.locator('.worksheet')).toContainText('Kazakhstan');
	await expect(page.locator('.answer-key')).toHaveCount(0);
	await expect(page.locator('.worksheet')).not.toContainText('Answer key');
});

test('an assigned module prints every question type for the student, without a key', async ({
	page
}) => {
	const module = everyTypeModule('m-e2e-print-assigned');
	await putOnDevice(page, { assigned: [module], studentName: 'Ana Lopez' });
	await stubPrint(page);
	await page.goto(`/assigned?id=${module.id}`);
	await expect(page.locator('main .article-text p').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Print with answer key' })).toHaveCount(0);

	await page.getByRole('button', { name: 'Print worksheet' }).click();
	await expect.poll(() => printCalls(page)).toBe(1);
	expect(questionTypes(module.questions)).toHaveLength(8);
	const paragraphs = segmentBody(module.body).filter((b) => b.kind === 'paragraph').length;
	await expectPrintedWorksheet(page, { paragraphs, questions: module.questions });
	await expect(page.locator('.answer-key')).toHaveCount(0);
});

test('the teacher prints the worksheet with an answer key on its own page, giving evidence paragraphs', async ({
	page
}) => {
	const module = everyTypeModule('m-e2e-print-teacher');
	await putOnDevice(page, { teacher: [module] });
	await stubPrint(page);
	await page.goto(`/teach/edit?id=${module.id}`);
	const withKey = page.getByRole('button', { name: 'Print with answer key' });
	await expect(withKey).toBeVisible();
	await expectAccessible(page);

	await pressWithKeyboard(page, withKey);
	await expect.poll(() => printCalls(page)).toBe(1);
	await expect(page.locator('.worksheet')).toHaveAttribute('data-worksheet', 'teacher');
	const paragraphs = segmentBody(module.body).filter((b) => b.kind === 'paragraph').length;
	await expectPrintedWorksheet(page, { paragraphs, questions: module.questions });

	const key = page.locator('.answer-key');
	await expect(key).toBeVisible();
	await expect(key).toHaveCSS('break-before', 'page');
	await expect(key.locator('[data-key-entry]')).toHaveCount(module.questions.length);
	const evidenceOf = (number: number) =>
		key.locator(`[data-key-entry="${number}"] [data-evidence]`);
	const trueFalse = module.questions.findIndex((q) => q.id === 'print-true-false') + 1;
	await expect(key.locator(`[data-key-entry="${trueFalse}"]`)).toContainText('True');
	await expect(evidenceOf(trueFalse)).toHaveText('¶7');
	const matching = module.questions.findIndex((q) => q.id === 'print-matching') + 1;
	await expect(evidenceOf(matching)).toHaveText('No evidence given');
	// Every generated question has evidence, so its key line names a paragraph.
	await expect(evidenceOf(1)).toHaveText(/^¶\d+(, ¶\d+)*$/);
});

// Apart from the test above, which alone takes most of a test's time on a loaded machine.
test('the builder that prints the answer key prints a student’s copy without one', async ({
	page
}) => {
	const module = everyTypeModule('m-e2e-print-student-copy');
	await putOnDevice(page, { teacher: [module] });
	await stubPrint(page);
	await page.goto(`/teach/edit?id=${module.id}`);
	await page.getByRole('button', { name: 'Print with answer key' }).click();
	await expect.poll(() => printCalls(page)).toBe(1);
	await page.emulateMedia({ media: 'screen' });
	await page.getByRole('button', { name: 'Print worksheet' }).click();
	await expect.poll(() => printCalls(page)).toBe(2);
	await expect(page.locator('.worksheet')).toHaveCount(1);
	await expect(page.locator('.worksheet')).toHaveAttribute('data-worksheet', 'student');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.answer-key')).toHaveCount(0);
});
