import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { tabTo } from './keyboard-answers';
import { questionsOf } from './module-data';

const slug = 'kazakhstan-2022';
const LISTEN = 'Listen to the article';

interface FakeVoice {
	voiceURI: string;
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

const VOICES: FakeVoice[] = [
	{ voiceURI: 'fake-fr', name: 'Fake French', lang: 'fr-FR', localService: true, default: false },
	{
		voiceURI: 'fake-us',
		name: 'Fake American',
		lang: 'en-US',
		localService: false,
		default: false
	},
	{ voiceURI: 'fake-gb', name: 'Fake British', lang: 'en-GB', localService: true, default: true }
];

/** What the fake records: each utterance as it starts, and how often speech was cancelled. */
interface SpeechLog {
	started: { text: string; rate: number; voice: string | null }[];
	cancels: number;
	/** Ends each utterance shortly after it starts, as a real voice reading it through. */
	auto: boolean;
	/** Ends the utterance being spoken now (in the next task, as browsers fire events). */
	finish: () => void;
}

declare global {
	interface Window {
		speechLog: SpeechLog;
	}
}

/**
 * Replaces the browser's speech synthesis with a fake that speaks nothing: it lists its voices only
 * after `voiceschanged` (as Chromium does), starts one utterance at a time in a later task, and
 * ends it when the test says so (`speechLog.finish()`) or at once in `auto` mode. Cancelling fires
 * "interrupted" on the utterance being spoken, as Chromium does.
 */
function installFakeSpeech(voices: FakeVoice[]) {
	type Utterance = {
		text: string;
		rate: number;
		lang: string;
		voice: FakeVoice | null;
		onstart: ((event: Event) => void) | null;
		onend: ((event: Event) => void) | null;
		onerror: ((event: Event) => void) | null;
	};
	let current: Utterance | null = null;
	const waiting: Utterance[] = [];
	let listed = false;

	const fire = (utterance: Utterance, type: 'start' | 'end' | 'error', error?: string) => {
		const event = Object.assign(new Event(type), { error });
		setTimeout(() => utterance[`on${type}`]?.(event), 0);
	};
	const speakNext = () => {
		current = waiting.shift() ?? null;
		const utterance = current;
		if (!utterance) return;
		setTimeout(() => {
			if (current !== utterance) return;
			log.started.push({
				text: utterance.text,
				rate: utterance.rate,
				voice: utterance.voice?.voiceURI ?? null
			});
			utterance.onstart?.(new Event('start'));
			if (log.auto) setTimeout(() => current === utterance && log.finish(), 5);
		}, 0);
	};

	const log: SpeechLog = {
		started: [],
		cancels: 0,
		auto: false,
		finish() {
			const utterance = current;
			if (!utterance) return;
			fire(utterance, 'end');
			speakNext();
		}
	};

	class FakeUtterance implements Utterance {
		rate = 1;
		lang = '';
		voice: FakeVoice | null = null;
		onstart = null;
		onend = null;
		onerror = null;
		constructor(public text: string) {}
	}

	const synth = Object.assign(new EventTarget(), {
		paused: false,
		get speaking() {
			return current !== null;
		},
		get pending() {
			return waiting.length > 0;
		},
		getVoices() {
			if (!listed) {
				listed = true;
				if (voices.length > 0)
					setTimeout(() => synth.dispatchEvent(new Event('voiceschanged')), 50);
				return [];
			}
			return voices;
		},
		speak(utterance: Utterance) {
			waiting.push(utterance);
			if (!current) speakNext();
		},
		cancel() {
			log.cancels += 1;
			for (const utterance of waiting.splice(0)) fire(utterance, 'error', 'canceled');
			if (current) fire(current, 'error', 'interrupted');
			current = null;
		},
		pause() {},
		resume() {}
	});

	window.speechLog = log;
	Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', {
		value: FakeUtterance,
		configurable: true
	});
}

const started = (page: Page) => page.evaluate(() => window.speechLog.started.map((u) => u.text));
const lastStarted = (page: Page) => page.evaluate(() => window.speechLog.started.at(-1));
const finishUtterance = (page: Page) => page.evaluate(() => window.speechLog.finish());

/** The title, then every heading and sentence of the article as the page shows them, in order. */
async function articleOnPage(page: Page): Promise<{ id: string; text: string }[]> {
	const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
	const body = await page
		.locator('.article-text h2, .article-text .sentence')
		.evaluateAll((elements) => elements.map((e) => ({ id: e.id, text: e.textContent ?? '' })));
	return [{ id: '', text: title }, ...body];
}

const reading = (page: Page) => page.locator('.article-text .sentence.reading');

test.describe('read aloud with a speech synthesiser', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(installFakeSpeech, VOICES);
	});

	test('Listen reads the title and every sentence in order, highlighting the one being spoken', async ({
		page
	}) => {
		await page.goto(`/modules/${slug}`);
		const expected = await articleOnPage(page);
		expect(expected.length).toBeGreaterThan(10);

		await page.getByRole('button', { name: LISTEN }).click();
		await expect.poll(() => started(page)).toEqual([expected[0]?.text]);
		await expect(reading(page)).toHaveCount(0);

		// Step through the first sentences: the highlight moves with each utterance's start.
		for (const item of expected.slice(1, 5)) {
			await finishUtterance(page);
			await expect.poll(async () => (await lastStarted(page))?.text).toBe(item.text);
			if (item.id) {
				await expect(reading(page)).toHaveCount(1);
				await expect(reading(page)).toHaveId(item.id);
			}
		}
		await expect(page.getByRole('status').filter({ hasText: 'Reading aloud.' })).toBeAttached();

		// Then let it read the rest through.
		await page.evaluate(() => {
			window.speechLog.auto = true;
			window.speechLog.finish();
		});
		await expect
			.poll(() => started(page), { timeout: 15_000 })
			.toEqual(expected.map((item) => item.text));
		await expect(page.getByRole('status').filter({ hasText: 'Finished reading.' })).toBeAttached();
		await expect(reading(page)).toHaveCount(0);
		await expect(page.getByRole('button', { name: LISTEN })).toBeVisible();
	});

	test('Pause silences the sentence, Resume reads it again, Stop clears the highlight', async ({
		page
	}) => {
		await page.goto(`/modules/${slug}`);
		await page.getByRole('button', { name: LISTEN }).click();
		await expect.poll(() => started(page)).toHaveLength(1);
		await finishUtterance(page);
		await expect(reading(page)).toHaveId('p1s1');

		await page.getByRole('button', { name: 'Pause' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Paused.' })).toBeAttached();
		expect(await page.evaluate(() => window.speechLog.cancels)).toBeGreaterThan(0);
		await expect(reading(page)).toHaveId('p1s1');
		await page.waitForTimeout(200);
		expect(await started(page)).toHaveLength(2);

		await page.getByRole('button', { name: 'Resume' }).click();
		await expect.poll(() => started(page)).toHaveLength(3);
		const sentences = await started(page);
		expect(sentences[2]).toBe(sentences[1]);
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

		await page.getByRole('button', { name: 'Stop' }).click();
		await expect(reading(page)).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'Stopped.' })).toBeAttached();
		await expect(page.getByRole('button', { name: LISTEN })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Stop' })).toBeDisabled();
	});

	test('a new speed or voice restarts the sentence with it, and both are remembered', async ({
		page
	}) => {
		await page.goto(`/modules/${slug}`);
		await page.getByRole('button', { name: LISTEN }).click();
		await expect.poll(() => started(page)).toHaveLength(1);
		await finishUtterance(page);
		await expect.poll(() => started(page)).toHaveLength(2);
		const first = await lastStarted(page);
		// The page is in English: English voices first, the device's default (British) chosen.
		expect(first).toMatchObject({ rate: 1, voice: 'fake-gb' });
		const voice = page.getByLabel('Voice');
		await expect(voice.locator('option')).toHaveText([
			'Fake British (en-GB)',
			'Fake American (en-US, online)',
			'Fake French (fr-FR)'
		]);

		await page.getByLabel('Speed').selectOption({ label: '1.5×' });
		await expect.poll(() => started(page)).toHaveLength(3);
		expect(await lastStarted(page)).toEqual({ ...first, rate: 1.5 });
		await expect(reading(page)).toHaveId('p1s1');

		await voice.selectOption({ label: 'Fake American (en-US, online)' });
		await expect.poll(() => started(page)).toHaveLength(4);
		expect(await lastStarted(page)).toEqual({ ...first, rate: 1.5, voice: 'fake-us' });

		await page.reload();
		await page.getByRole('button', { name: LISTEN }).click();
		await expect.poll(() => started(page)).toHaveLength(1);
		expect(await lastStarted(page)).toMatchObject({ rate: 1.5, voice: 'fake-us' });
		await expect(page.getByLabel('Speed')).toHaveValue('1.5');
		await expect(page.getByLabel('Voice')).toHaveValue('fake-us');
	});

	test('the controls work with the keyboard alone', async ({ page }) => {
		await page.goto(`/modules/${slug}`);
		await tabTo(page, LISTEN);
		await page.keyboard.press('Enter');
		await expect.poll(() => started(page)).toHaveLength(1);
		await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();

		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect.poll(() => started(page)).toHaveLength(2);
		await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();

		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Speed')).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByLabel('Speed')).toHaveValue('1.25');
		await expect.poll(async () => (await lastStarted(page))?.rate).toBe(1.25);

		await page.keyboard.press('Shift+Tab');
		await expect(page.getByRole('button', { name: 'Stop' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Stopped.' })).toBeAttached();
	});

	test('in the quiz, Listen reads the question and its options', async ({ page }) => {
		const [question] = questionsOf(slug);
		if (question?.type !== 'single-choice') throw new Error('expected a single-choice question');
		await page.goto(`/modules/${slug}/quiz`);
		const options = page.locator('.question .choices label');
		// The quiz renders in the browser: read the options once they are there.
		await expect(options).toHaveCount(question.options.length);
		const labels = await options.evaluateAll((elements) =>
			elements.map((e) => e.textContent?.trim() ?? '')
		);

		await page.getByRole('button', { name: 'Listen to the question' }).click();
		await page.evaluate(() => {
			window.speechLog.auto = true;
			window.speechLog.finish();
		});

		const letters = 'ABCDEFGH';
		await expect
			.poll(() => started(page))
			.toEqual([question.prompt, ...labels.map((label, i) => `Option ${letters[i]}: ${label}`)]);
		await expect(page.getByRole('status').filter({ hasText: 'Finished reading.' })).toBeAttached();
		await expectAccessible(page);
	});

	test('moving to the next question stops reading the last one', async ({ page }) => {
		await page.goto(`/modules/${slug}/quiz`);
		await page.getByRole('button', { name: 'Listen to the question' }).click();
		await expect.poll(() => started(page)).toHaveLength(1);
		const cancels = await page.evaluate(() => window.speechLog.cancels);

		await page.getByRole('button', { name: 'Skip for now' }).click();

		await expect(page.getByRole('heading', { name: /^Question 2 of/ })).toBeVisible();
		expect(await page.evaluate(() => window.speechLog.cancels)).toBeGreaterThan(cancels);
		await expect(page.getByRole('button', { name: 'Listen to the question' })).toBeVisible();
	});

	test('the page passes axe with the controls shown and a sentence highlighted, light and dark', async ({
		page
	}) => {
		// Without motion the highlight has its final colours at once, for axe to measure.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/modules/${slug}`);
		await page.getByRole('button', { name: LISTEN }).click();
		await expect.poll(() => started(page)).toHaveLength(1);
		await finishUtterance(page);
		await expect(reading(page)).toHaveId('p1s1');
		await expectAccessible(page);

		await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
		await expectAccessible(page);
	});
});

test('where the browser has no speech synthesis, an explanation stands in for Listen', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
	});
	await page.goto(`/modules/${slug}`);
	await expect(page.getByText('Your browser cannot read aloud')).toBeVisible();
	await expect(page.getByRole('button', { name: LISTEN })).toHaveCount(0);
	await expectAccessible(page);

	await page.goto(`/modules/${slug}/quiz`);
	await expect(page.getByText('Your browser cannot read aloud')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Listen to the question' })).toHaveCount(0);
});

test('where the device has no voice, pressing Listen explains why nothing can be read', async ({
	page
}) => {
	await page.addInitScript(installFakeSpeech, []);
	await page.goto(`/modules/${slug}`);

	await page.getByRole('button', { name: LISTEN }).click();

	const explanation = page.getByText('this device has no voice for it');
	await expect(explanation).toBeVisible({ timeout: 5000 });
	await expect(explanation).toBeFocused();
	await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
	await expectAccessible(page);
});
