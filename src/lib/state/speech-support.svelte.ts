// Apart from `browser-speech.svelte.ts`, so pages load only this check until Listen is pressed.

/**
 * Whether this browser can read aloud at all. Voices are another matter: Chromium lists them only
 * after `voiceschanged`, and some systems have none (see `loadVoices`).
 */
export function canSpeak(): boolean {
	return (
		typeof globalThis.speechSynthesis?.speak === 'function' &&
		typeof globalThis.SpeechSynthesisUtterance === 'function'
	);
}
