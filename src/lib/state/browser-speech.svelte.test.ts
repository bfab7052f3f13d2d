import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserSpeechEngine, loadVoices } from './browser-speech.svelte';
import { canSpeak } from './speech-support.svelte';

const british = {
	voiceURI: 'gb',
	name: 'British',
	lang: 'en-GB',
	localService: true,
	default: true
};

class FakeUtterance {
	rate = 1;
	lang = '';
	voice: unknown = null;
	onstart: (() => void) | null = null;
	onend: (() => void) | null = null;
	onerror: ((event: { error: string }) => void) | null = null;
	constructor(public text: string) {}
}

/** A stand-in for `speechSynthesis` that lists `voices` once `listed` is set. */
function fakeSynth(voices: unknown[], listed = true) {
	const synth = Object.assign(new EventTarget(), {
		listed,
		paused: false,
		spoken: [] as FakeUtterance[],
		getVoices: () => (synth.listed ? voices : []),
		speak: (utterance: FakeUtterance) => synth.spoken.push(utterance),
		cancel: vi.fn(),
		resume: vi.fn(() => (synth.paused = false))
	});
	vi.stubGlobal('speechSynthesis', synth);
	vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
	return synth;
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('canSpeak', () => {
	it('is false without speechSynthesis, true with it', () => {
		vi.stubGlobal('speechSynthesis', undefined);
		expect(canSpeak()).toBe(false);
		fakeSynth([]);
		expect(canSpeak()).toBe(true);
	});
});

describe('loadVoices', () => {
	it('gives the voices listed at once, described for the voice list', async () => {
		fakeSynth([british]);

		expect(await loadVoices()).toEqual([
			{ id: 'gb', name: 'British', lang: 'en-GB', isLocal: true, isDefault: true }
		]);
	});

	it('waits for voiceschanged when the list is not ready yet', async () => {
		const synth = fakeSynth([british], false);

		const loading = loadVoices();
		synth.listed = true;
		synth.dispatchEvent(new Event('voiceschanged'));

		expect((await loading).map((voice) => voice.id)).toEqual(['gb']);
	});

	it('gives no voices when none are listed before the wait ends', async () => {
		vi.useFakeTimers();
		fakeSynth([british], false);

		const loading = loadVoices(500);
		await vi.advanceTimersByTimeAsync(500);

		expect(await loading).toEqual([]);
	});
});

describe('browserSpeechEngine', () => {
	it('speaks with the chosen voice, its language and the rate, and passes events on', () => {
		const synth = fakeSynth([british]);
		const events = { start: vi.fn(), end: vi.fn(), error: vi.fn() };

		browserSpeechEngine().speak('Hello.', { rate: 1.25, voiceId: 'gb', lang: 'en' }, events);
		const utterance = synth.spoken[0];
		utterance?.onstart?.();
		utterance?.onerror?.({ error: 'synthesis-failed' });

		expect(utterance).toMatchObject({ text: 'Hello.', rate: 1.25, lang: 'en-GB', voice: british });
		expect(events.start).toHaveBeenCalledOnce();
		expect(events.error).toHaveBeenCalledWith('synthesis-failed');
		expect(events.end).not.toHaveBeenCalled();
	});

	it('lets the browser choose for the page language when the voice is gone', () => {
		const synth = fakeSynth([british]);

		browserSpeechEngine().speak(
			'Hi.',
			{ rate: 1, voiceId: 'gone', lang: 'fr' },
			{ start() {}, end() {}, error() {} }
		);

		expect(synth.spoken[0]).toMatchObject({ lang: 'fr', voice: null });
	});

	it('resumes a synthesiser left paused before speaking', () => {
		const synth = fakeSynth([british]);
		synth.paused = true;

		browserSpeechEngine().speak(
			'Hi.',
			{ rate: 1, voiceId: undefined, lang: 'en' },
			{ start() {}, end() {}, error() {} }
		);

		expect(synth.resume).toHaveBeenCalledOnce();
		expect(synth.spoken).toHaveLength(1);
	});
});
