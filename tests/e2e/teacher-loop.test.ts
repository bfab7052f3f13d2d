import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Assignment } from '../../src/lib/teaching/sharing';
import { readTeacherModules } from '../../src/lib/teaching/library/teacher-modules';
import { expect, expectAccessible, test } from './fixtures';
import { openBuilder } from './builder';
import { takeQuiz } from './take-quiz';

const ARTICLE = 'tests/fixtures/articles/valley-floods.txt';

/** The teacher's copy of a module, as the builder saved it on the teacher's device. */
async function savedModule(page: Page, id: string): Promise<Assignment> {
	const stored = await page.evaluate(() => localStorage.getItem('lectern.teacher.modules'));
	const read = readTeacherModules(stored);
	expect(read.skipped + Number(read.unreadable)).toBe(0);
	const modules = read.items;
	const module = modules.find((m) => m.id === id);
	if (!module) throw new Error(`module ${id} was not saved`);
	return module;
}

test('a teacher builds a module from a new article, a student takes it from a link, the teacher grades the receipt', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const teacherContext = await browser.newContext();
	const studentContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	const student = await studentContext.newPage();
	const errors: string[] = [];
	for (const page of [teacher, student]) {
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	}

	// The teacher pastes an article the app has never seen.
	await openBuilder(teacher);
	await expectAccessible(teacher);
	await teacher.getByLabel('Article text').fill(await readFile(ARTICLE, 'utf8'));
	await teacher.getByLabel('Title', { exact: true }).fill('Valley floods');
	await teacher.getByRole('button', { name: 'Make the module' }).click();
	// Generating runs in a worker that loads the generator first: on a busy machine, seconds.
	await expect(teacher).toHaveURL(/\/teach\/edit\?id=/, { timeout: 60_000 });
	const id = new URL(teacher.url()).searchParams.get('id') ?? '';
	await expect(
		teacher.getByRole('heading', { level: 1, name: 'Edit: Valley floods' })
	).toBeVisible();
	const generated = await savedModule(teacher, id);
	expect(generated.questions.length).toBeGreaterThanOrEqual(5);
	expect(generated.body).not.toContain('Maria Kovacs'); // the byline was cleaned away

	// …edits the first generated question's prompt, and keeps options in order for this class.
	const first = teacher.getByRole('region', { name: /^Question 1 \(/ });
	const prompt = first.getByLabel(/^(Question text|Statement)/);
	const edited = `${await prompt.inputValue()} (Use the article.)`;
	await prompt.fill(edited);
	await teacher.getByLabel('Shuffle the options of choice questions').uncheck();
	await expect(teacher.getByText('All changes saved on this device.')).toBeVisible();
	await expectAccessible(teacher);
	await teacher.reload();
	await expect(
		teacher.getByRole('region', { name: /^Question 1 \(/ }).getByLabel(/^(Question text|Statement)/)
	).toHaveValue(edited);
	const module = await savedModule(teacher, id);
	expect(module.questions[0]?.prompt).toBe(edited);
	expect(module.settings.shuffleOptions).toBe(false);

	const link = await teacher.getByRole('textbox', { name: 'Link for students' }).inputValue();
	expect(link).toContain('/open#m=3.');
	expect(link.length).toBeLessThan(8000);

	// A student on another device opens the link, which adds the module to their library.
	await student.goto(link);
	await expect(student.getByText('“Valley floods” was added to your modules')).toBeVisible();
	await student.getByRole('link', { name: 'Open the module' }).click();
	await student.getByRole('link', { name: 'Take the quiz' }).click();
	await student.getByLabel('Your name, as your teacher knows you').fill('Ana Lopez');
	await student.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(student.getByRole('heading', { name: /^Question 1 of/ })).toBeFocused();
	await expect(student.getByText(edited)).toBeVisible();
	const earned = await takeQuiz(student, module.questions, module.questions.length);
	const percent = Math.round((earned / module.questions.length) * 100);
	await expect(student.locator('[data-score]').first()).toHaveAttribute(
		'data-score',
		String(percent)
	);
	await expectAccessible(student);
	const code = await student.getByLabel('Receipt code').inputValue();
	expect(code).toMatch(/^R1\./);
	const receiptDownload = student.waitForEvent('download');
	await student.getByRole('button', { name: 'Download the receipt file' }).click();
	const receiptFile = await (await receiptDownload).path();

	// The teacher pastes the receipt into the gradebook, which marks the raw answers again.
	await teacher.getByRole('link', { name: 'Gradebook' }).click();
	await teacher.getByLabel('Paste receipt codes').fill(code);
	await teacher.getByRole('button', { name: 'Add receipts' }).click();
	const row = teacher.locator('[data-student="Ana Lopez"]');
	await expect(row).toBeVisible();
	await expect(row.locator('[data-score]')).toHaveAttribute('data-score', String(percent));
	await expectAccessible(teacher);

	const downloading = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Download CSV' }).click();
	const csv = await readFile(await (await downloading).path(), 'utf8');
	expect(csv).toContain('Ana Lopez');
	expect(csv.split('\r\n')[1]).toContain(`,${percent},`);

	// The same receipt again is reported, not counted twice.
	await teacher.getByLabel('Paste receipt codes').fill(code);
	await teacher.getByRole('button', { name: 'Add receipts' }).click();
	await expect(teacher.getByText(/already|duplicate/i).first()).toBeVisible();
	await expect(teacher.locator('[data-student]')).toHaveCount(1);

	// Start again from the receipt file instead of the code: the same student, the same score.
	await teacher.getByRole('button', { name: 'Remove all receipts' }).click();
	await teacher.getByRole('button', { name: 'Yes, remove them all' }).click();
	await expect(teacher.locator('[data-student]')).toHaveCount(0);
	await teacher.getByLabel('Or choose receipt files').setInputFiles(receiptFile);
	await expect(row.locator('[data-score]')).toHaveAttribute('data-score', String(percent));
	await teacher.reload();
	await expect(row.locator('[data-score]')).toHaveAttribute('data-score', String(percent));

	expect(errors).toEqual([]);
	await teacherContext.close();
	await studentContext.close();
});
