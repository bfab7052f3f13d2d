import * as v from 'valibot';
import { READ_ALOUD_KEY, type ValueDefinition } from '../../core/storage';

import { parseOutsideJson } from '../../core/validation';

/** The speeds offered; 1 is the voice's normal speed. */
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];

const ReadAloudSettingsSchema = v.object({
	version: v.literal(1),
	rate: v.picklist(SPEECH_RATES),
	/** The chosen voice's id; absent until the student picks one. */
	voiceId: v.optional(v.pipe(v.string(), v.maxLength(500)))
});

export type ReadAloudSettings = Omit<v.InferOutput<typeof ReadAloudSettingsSchema>, 'version'>;

export const DEFAULT_READ_ALOUD_SETTINGS: ReadAloudSettings = { rate: 1 };

/**
 * A stored settings text as settings; undefined when it cannot be read (it is then set aside).
 *
 * @example readReadAloudSettings('{"version":1,"rate":1.25}') // { rate: 1.25, voiceId: undefined }
 */
export function readReadAloudSettings(text: string): ReadAloudSettings | undefined {
	try {
		const parsed = v.safeParse(ReadAloudSettingsSchema, parseOutsideJson(text));
		return parsed.success
			? { rate: parsed.output.rate, voiceId: parsed.output.voiceId }
			: undefined;
	} catch {
		return undefined;
	}
}

/** The reading speed and voice chosen on this device, kept for every page that reads aloud. */
export const READ_ALOUD_SETTINGS: ValueDefinition<ReadAloudSettings> = {
	key: READ_ALOUD_KEY,
	read: readReadAloudSettings,
	write: (settings) => JSON.stringify({ version: 1, ...settings })
};

/** @example rateLabel(1.25) // '1.25×' */
export const rateLabel = (rate: number): string => `${rate}×`;
