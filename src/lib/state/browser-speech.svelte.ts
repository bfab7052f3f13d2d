import type { SpeechEngine, VoiceOption } from '$lib/reading/read-aloud';

/** How long to wait for a browser that lists its voices late (Chromium) before taking it has none. */
const VOICES_WAIT_MS = 2000;

/** The device's voices, waiting for `voiceschanged` when the list is not ready yet; [] for none. */
export function loadVoices(waitMs = VOICES_WAIT_MS): Promise<VoiceOption[]> {
	const synth = globalThis.speechSynthesis;
	const read = (): VoiceOption[] =>
		synth.getVoices().map((voice) => ({
			id: voice.voiceURI,
			name: voice.name,
			lang: voice.lang,
			isLocal: voice.localService,
			isDefault: voice.default
		}));
	const ready = read();
	if (ready.length > 0) return Promise.resolve(ready);
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			synth.removeEventListener('voiceschanged', done);
			resolve(read());
		};
		const timer = setTimeout(done, waitMs);
		synth.addEventListener('voiceschanged', done);
	});
}

/** The language of the page, for choosing a voice: `<html lang>`, English when unset. */
export function pageLanguage(): string {
	return document.documentElement.lang || 'en';
}

/** The browser's `speechSynthesis` as a `SpeechEngine`. */
export function browserSpeechEngine(): SpeechEngine {
	const synth = globalThis.speechSynthesis;
	// Chromium drops the events of an utterance nothing refers to any more: keep the current one.
	const kept: { current?: SpeechSynthesisUtterance } = {};
	return {
		speak(text, settings, events) {
			const utterance = new SpeechSynthesisUtterance(text);
			const voice = synth.getVoices().find((candidate) => candidate.voiceURI === settings.voiceId);
			utterance.rate = settings.rate;
			utterance.lang = voice?.lang ?? settings.lang;
			if (voice) utterance.voice = voice;
			utterance.onstart = () => events.start();
			utterance.onend = () => events.end();
			utterance.onerror = (event) => events.error(event.error);
			kept.current = utterance;
			// A synthesiser left paused (by another page or tab) would hold every new utterance back.
			if (synth.paused) synth.resume();
			synth.speak(utterance);
		},
		cancel() {
			kept.current = undefined;
			synth.cancel();
		}
	};
}
