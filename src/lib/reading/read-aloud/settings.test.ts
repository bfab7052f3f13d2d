import { describe, expect, it } from 'vitest';
import { READ_ALOUD_KEY, ValueStore } from '../../core/storage';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { READ_ALOUD_SETTINGS, rateLabel, readReadAloudSettings } from './settings';

describe('readReadAloudSettings', () => {
	it('reads a stored speed and voice', () => {
		expect(readReadAloudSettings('{"version":1,"rate":1.25,"voiceId":"urn:voice"}')).toEqual({
			rate: 1.25,
			voiceId: 'urn:voice'
		});
	});

	it.each([
		['not JSON', 'fast'],
		['an unknown version', '{"version":2,"rate":1}'],
		['a speed not offered', '{"version":1,"rate":3}'],
		['a voice id that is not text', '{"version":1,"rate":1,"voiceId":7}'],
		['JSON null', 'null']
	])('refuses %s', (_case, text) => {
		expect(readReadAloudSettings(text)).toBeUndefined();
	});
});

describe('READ_ALOUD_SETTINGS', () => {
	it('round-trips through a value store under its own key', () => {
		const storage = new MemoryStorage();
		const store = new ValueStore(READ_ALOUD_SETTINGS, storage, () => 0);

		expect(store.save({ rate: 0.75, voiceId: 'urn:voice' })).toEqual({ saved: true });

		expect(storage.getItem(READ_ALOUD_KEY)).toContain('"rate":0.75');
		expect(new ValueStore(READ_ALOUD_SETTINGS, storage, () => 0).load()).toEqual({
			rate: 0.75,
			voiceId: 'urn:voice'
		});
	});
});

describe('rateLabel', () => {
	it('writes a speed as a multiple', () => {
		expect(rateLabel(0.75)).toBe('0.75×');
	});
});
