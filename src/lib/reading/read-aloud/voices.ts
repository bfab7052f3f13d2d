/** A voice the device offers, as the browser describes it (`SpeechSynthesisVoice`). */
export interface VoiceOption {
	/** `voiceURI`: stable across visits, so a chosen voice can be remembered. */
	id: string;
	name: string;
	/** BCP 47, e.g. "en-GB"; some engines write "en_GB". */
	lang: string;
	/** Speaks without a network connection. */
	isLocal: boolean;
	/** The device's default voice. */
	isDefault: boolean;
}

const languageOf = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';
const sameLocale = (a: string, b: string): boolean =>
	a.toLowerCase().replace('_', '-') === b.toLowerCase().replace('_', '-');

/**
 * The voices in the order the voice list shows them: the page's language first (its exact locale
 * before others, the device's default before the rest, offline voices before online ones), then
 * every other voice by language. Voices listed twice under one id are kept once.
 *
 * @example orderVoices(voices, 'en-GB').map((v) => v.lang) // ['en-GB', 'en-US', 'de-DE', 'fr-FR']
 */
export function orderVoices(voices: readonly VoiceOption[], pageLang: string): VoiceOption[] {
	const language = languageOf(pageLang);
	const rank = (voice: VoiceOption): number[] => [
		languageOf(voice.lang) === language ? 0 : 1,
		sameLocale(voice.lang, pageLang) ? 0 : 1,
		voice.isDefault ? 0 : 1,
		voice.isLocal ? 0 : 1
	];
	const unique = [...new Map(voices.map((voice) => [voice.id, voice])).values()];
	return unique
		.map((voice) => ({ voice, rank: rank(voice) }))
		.sort((a, b) => {
			for (let i = 0; i < a.rank.length; i++) {
				const difference = (a.rank[i] ?? 0) - (b.rank[i] ?? 0);
				if (difference !== 0) return difference;
			}
			return a.voice.lang.localeCompare(b.voice.lang) || a.voice.name.localeCompare(b.voice.name);
		})
		.map(({ voice }) => voice);
}

/**
 * The voice to read with: the remembered one while the device still has it, else the first of
 * `ordered` (see `orderVoices`); undefined when the device has no voice.
 *
 * @example chooseVoice(orderVoices(voices, 'en'), 'urn:moz-tts:sapi:Hazel')
 */
export function chooseVoice(
	ordered: readonly VoiceOption[],
	rememberedId: string | undefined
): VoiceOption | undefined {
	return ordered.find((voice) => voice.id === rememberedId) ?? ordered[0];
}

/** @example voiceLabel({ name: 'Daniel', lang: 'en-GB', isLocal: false, … }) // 'Daniel (en-GB, online)' */
export function voiceLabel(voice: VoiceOption): string {
	return `${voice.name} (${voice.lang}${voice.isLocal ? '' : ', online'})`;
}
