/**
 * Reading an article or a quiz question aloud: the text to read, the queue that reads it one
 * sentence at a time through any `SpeechEngine`, the voices in the order offered, and the stored
 * speed and voice. The browser's `speechSynthesis` is wrapped in `state/browser-speech.svelte.ts`.
 */
export type { SpeechEngine } from './speech-engine';
export { IDLE_STATE, ReadAloudQueue, type ReadAloudState } from './read-aloud-queue';
export { announcement } from './announcement';
export { scriptOf, type ReadAloudSource } from './source';
export { chooseVoice, orderVoices, voiceLabel, type VoiceOption } from './voices';
export {
	DEFAULT_READ_ALOUD_SETTINGS,
	READ_ALOUD_SETTINGS,
	SPEECH_RATES,
	rateLabel,
	type ReadAloudSettings,
	type SpeechRate
} from './settings';
