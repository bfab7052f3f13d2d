/**
 * The part of a speech synthesiser the read-aloud queue needs, so the queue runs without a browser
 * (tests pass `testing/fake-speech-engine.ts`; the page passes `state/browser-speech.svelte.ts`).
 *
 * No `pause`/`resume`: pausing cancels the sentence and resuming speaks it again from its start,
 * because `speechSynthesis.pause()` ends speech for good on Chrome for Android and is ignored by
 * some desktop voices. No `boundary` event either: Chromium fires it irregularly (not at all for
 * many voices), so the highlight follows each sentence's `start`.
 */
export interface SpeechEngine {
	/** Queues one utterance; its events arrive later through `events`, once each at most. */
	speak(text: string, settings: UtteranceSettings, events: UtteranceEvents): void;
	/** Silences the current utterance and drops queued ones; their late events must be ignored. */
	cancel(): void;
}

export interface UtteranceSettings {
	/** 1 is the voice's normal speed. */
	rate: number;
	/** A voice's id (`voiceURI` in the browser); undefined lets the engine choose for `lang`. */
	voiceId: string | undefined;
	/** BCP 47 language of the text, e.g. "en" or "en-GB". */
	lang: string;
}

export interface UtteranceEvents {
	start: () => void;
	end: () => void;
	/** `code` is the Web Speech API's `SpeechSynthesisErrorEvent.error`, e.g. "synthesis-failed". */
	error: (code: string) => void;
}
