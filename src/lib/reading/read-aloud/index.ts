/**
 * Reading an article or a quiz question aloud: the text to read, the queue that reads it one
 * sentence at a time through any `SpeechEngine`, the voices in the order offered, and the stored
 * speed and voice. The browser's `speechSynthesis` is wrapped in `state/browser-speech.svelte.ts`.
 */
export type { SpeechEngine, UtteranceEvents, UtteranceSettings } from './speech-engine';
export type { SpokenItem } from './spoken-item';
export {
	IDLE_STATE,
	ReadAloudQueue,
	type ReadAloudOutcome,
	type ReadAloudState,
	type ReadAloudStatus
} from './read-aloud-queue';
export { announcement } from './announcement';
export { articleScript } from './article-script';
export { questionScript, type QuestionDisplay } from './question-script';
export { scriptOf, type ReadAloudSource } from './source';
export { chooseVoice, orderVoices, voiceLabel, type VoiceOption } from './voices';
export {
	DEFAULT_READ_ALOUD_SETTINGS,
	READ_ALOUD_SETTINGS,
	SPEECH_RATES,
	rateLabel,
	readReadAloudSettings,
	type ReadAloudSettings,
	type SpeechRate
} from './settings';
