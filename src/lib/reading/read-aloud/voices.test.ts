import { describe, expect, it } from 'vitest';
import { chooseVoice, orderVoices, voiceLabel, type VoiceOption } from './voices';

const voice = (over: Partial<VoiceOption> & { id: string }): VoiceOption => ({
	name: over.id,
	lang: 'en-US',
	isLocal: true,
	isDefault: false,
	...over
});

describe('orderVoices', () => {
	it('puts voices of the page language first, its exact locale before the others', () => {
		const voices = [
			voice({ id: 'fr', lang: 'fr-FR' }),
			voice({ id: 'us', lang: 'en-US' }),
			voice({ id: 'de', lang: 'de-DE' }),
			voice({ id: 'gb', lang: 'en-GB' })
		];

		expect(orderVoices(voices, 'en-GB').map((v) => v.id)).toEqual(['gb', 'us', 'de', 'fr']);
	});

	it('matches the language whatever the case or separator ("en_gb")', () => {
		const voices = [voice({ id: 'fr', lang: 'fr-FR' }), voice({ id: 'gb', lang: 'en_GB' })];

		expect(orderVoices(voices, 'EN').map((v) => v.id)).toEqual(['gb', 'fr']);
	});

	it('within one language puts the default voice, then offline voices, first', () => {
		const voices = [
			voice({ id: 'online', isLocal: false }),
			voice({ id: 'offline' }),
			voice({ id: 'default', isLocal: false, isDefault: true })
		];

		expect(orderVoices(voices, 'en').map((v) => v.id)).toEqual(['default', 'offline', 'online']);
	});

	it('keeps a voice listed twice under one id once', () => {
		expect(orderVoices([voice({ id: 'a' }), voice({ id: 'a' })], 'en')).toHaveLength(1);
	});

	it('gives an empty list for a device without voices', () => {
		expect(orderVoices([], 'en')).toEqual([]);
	});
});

describe('chooseVoice', () => {
	const ordered = [voice({ id: 'first' }), voice({ id: 'second' })];

	it('keeps the remembered voice while the device has it', () => {
		expect(chooseVoice(ordered, 'second')?.id).toBe('second');
	});

	it('falls back to the first voice when the remembered one is gone or none was chosen', () => {
		expect(chooseVoice(ordered, 'gone')?.id).toBe('first');
		expect(chooseVoice(ordered, undefined)?.id).toBe('first');
	});

	it('chooses nothing on a device without voices', () => {
		expect(chooseVoice([], 'first')).toBeUndefined();
	});
});

describe('voiceLabel', () => {
	it('names the language, and says when a voice needs the network', () => {
		expect(voiceLabel(voice({ id: 'x', name: 'Hazel', lang: 'en-GB' }))).toBe('Hazel (en-GB)');
		expect(voiceLabel(voice({ id: 'y', name: 'Daniel', isLocal: false }))).toBe(
			'Daniel (en-US, online)'
		);
	});
});
