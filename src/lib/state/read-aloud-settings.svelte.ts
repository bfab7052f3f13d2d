import {
	DEFAULT_READ_ALOUD_SETTINGS,
	READ_ALOUD_SETTINGS,
	type ReadAloudSettings
} from '$lib/reading/read-aloud';
import { ValueStore } from '$lib/core/storage';
import { browserStorage } from './browser-storage.svelte';

const store = () => new ValueStore(READ_ALOUD_SETTINGS, browserStorage(), Date.now);

/** The speed and voice chosen on this device; the defaults where none are stored or readable. */
export function storedReadAloudSettings(): ReadAloudSettings {
	return store().load() ?? DEFAULT_READ_ALOUD_SETTINGS;
}

/** Remembers the speed and voice; where storage is full or blocked they last until the page closes. */
export function saveReadAloudSettings(settings: ReadAloudSettings): void {
	store().save(settings);
}
