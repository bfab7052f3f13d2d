import {
	ProgressStore,
	emptyState,
	type Attempt,
	type LoadNotice,
	type ProgressState,
	type SaveResult
} from '$lib/progress';
import { PROGRESS_KEY } from '$lib/progress/storage';
import { browserStorage } from './browser-storage.svelte';

/**
 * The student's progress as reactive state: loaded once from localStorage, saved on every change,
 * and kept in step with other tabs through the `storage` event.
 */
export class Progress {
	#store: ProgressStore;
	state = $state<ProgressState>(emptyState());
	persistent = $state(true);
	notice = $state<LoadNotice | undefined>();
	lastSave = $state<SaveResult | undefined>();

	constructor(storage: Storage | null = browserStorage()) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
		this.#store = new ProgressStore(storage, () => new Date());
		const loaded = this.#store.load();
		this.state = loaded.state;
		this.persistent = loaded.persistent;
		this.notice = loaded.notice;
		if (storage && typeof window !== 'undefined') {
			window.addEventListener('storage', (event) => {
				if (event.key !== PROGRESS_KEY) return;
				this.state = this.#store.applyExternalChange(event.newValue);
			});
		}
	}

	recordAttempt(attempt: Attempt): SaveResult {
		return this.#remember(this.#store.recordAttempt(attempt));
	}

	#remember(result: SaveResult): SaveResult {
		this.lastSave = result;
		this.state = this.#store.state;
		return result;
	}
}

let shared: Progress | undefined;

/** The page's one Progress, created on first use in the browser. */
export function useProgress(): Progress {
	shared ??= new Progress();
	return shared;
}
