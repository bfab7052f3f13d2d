import type { SpeechEngine, UtteranceSettings } from './speech-engine';
import type { SpokenItem } from './spoken-item';

export type ReadAloudStatus = 'idle' | 'speaking' | 'paused';

/** Why the last reading ended: the end of the text, a stop, nothing to read, or the voice failing. */
export type ReadAloudOutcome = 'finished' | 'stopped' | 'empty' | 'failed';

export interface ReadAloudState {
	status: ReadAloudStatus;
	/** Position of the item being read (or paused on) in the reading; -1 when idle. */
	index: number;
	/** The id of the item whose utterance has started and is still current: what to highlight. */
	currentId: string | undefined;
	/** Set when the queue goes idle; null while reading. */
	outcome: ReadAloudOutcome | null;
}

export const IDLE_STATE: ReadAloudState = {
	status: 'idle',
	index: -1,
	currentId: undefined,
	outcome: null
};

/** Errors of one utterance (the next sentence may well be read); any other code stops the reading. */
const SKIPPABLE_ERRORS = new Set(['synthesis-failed', 'text-too-long', 'invalid-argument']);
/** Errors for something else cancelling the speech (another tab, the system): a quiet stop. */
const CANCELLED_ERRORS = new Set(['interrupted', 'canceled']);
/** After this many sentences fail in a row the voice is taken to be broken, not the sentences. */
const MAX_SKIPS_IN_A_ROW = 3;

/**
 * Reads a text aloud one utterance per item (a sentence), so the highlight can follow each
 * utterance's `start` and no utterance is long enough for Chromium to cut it off (it stops long
 * ones after about 15 seconds). Pausing cancels the current sentence and resuming reads it again
 * from its start; a new speed or voice restarts the current sentence with it.
 *
 * Invariant: only the latest utterance's events count. Every cancel or new utterance bumps a
 * generation number first, so the `end` or `error` a cancelled utterance fires later, or at once
 * from inside `cancel()`, cannot move the reading on.
 *
 * @example
 * const queue = new ReadAloudQueue(engine, { rate: 1, voiceId: undefined, lang: 'en' }, show);
 * queue.start([{ id: 'p1s1', text: 'Protests began.' }, { id: 'p1s2', text: 'Prices rose.' }]);
 * queue.pause(); queue.resume(); queue.stop();
 */
export class ReadAloudQueue {
	readonly #engine: SpeechEngine;
	readonly #onchange: (state: ReadAloudState) => void;
	#settings: UtteranceSettings;
	#items: readonly SpokenItem[] = [];
	#state: ReadAloudState = IDLE_STATE;
	#generation = 0;
	#skipsInARow = 0;

	constructor(
		engine: SpeechEngine,
		settings: UtteranceSettings,
		onchange: (state: ReadAloudState) => void
	) {
		this.#engine = engine;
		this.#settings = settings;
		this.#onchange = onchange;
	}

	get state(): ReadAloudState {
		return this.#state;
	}

	get settings(): UtteranceSettings {
		return this.#settings;
	}

	/** Reads `items` from `from` (an index), after silencing whatever was being read. */
	start(items: readonly SpokenItem[], from = 0): void {
		this.#silence();
		this.#items = items.filter((item) => item.text.trim() !== '');
		this.#skipsInARow = 0;
		if (this.#items.length === 0) {
			this.#end('empty');
			return;
		}
		const first = Math.min(Math.max(0, Math.trunc(from)), this.#items.length - 1);
		this.#set({ status: 'speaking', index: first, currentId: undefined, outcome: null });
		this.#speak(first);
	}

	pause(): void {
		if (this.#state.status !== 'speaking') return;
		this.#silence();
		this.#set({ ...this.#state, status: 'paused' });
	}

	resume(): void {
		if (this.#state.status !== 'paused') return;
		this.#set({ ...this.#state, status: 'speaking' });
		this.#speak(this.#state.index);
	}

	stop(): void {
		if (this.#state.status === 'idle') return;
		this.#silence();
		this.#end('stopped');
	}

	/** Takes a new speed, voice or language; a sentence being read starts again with it. */
	changeSettings(changes: Partial<UtteranceSettings>): void {
		this.#settings = { ...this.#settings, ...changes };
		if (this.#state.status !== 'speaking') return;
		this.#silence();
		this.#speak(this.#state.index);
	}

	#speak(index: number): void {
		const item = this.#items[index];
		if (!item) {
			this.#end('finished');
			return;
		}
		const generation = ++this.#generation;
		const isCurrent = () => generation === this.#generation;
		if (index !== this.#state.index) this.#set({ ...this.#state, index });
		this.#engine.speak(item.text, this.#settings, {
			start: () => {
				if (!isCurrent()) return;
				this.#skipsInARow = 0;
				this.#set({ ...this.#state, currentId: item.id });
			},
			end: () => {
				if (isCurrent()) this.#speak(index + 1);
			},
			error: (code) => {
				if (!isCurrent()) return;
				if (CANCELLED_ERRORS.has(code)) this.#end('stopped');
				else if (SKIPPABLE_ERRORS.has(code) && ++this.#skipsInARow < MAX_SKIPS_IN_A_ROW)
					this.#speak(index + 1);
				else this.#fail();
			}
		});
	}

	/** Bumps the generation before cancelling: an engine may fire `end` from inside `cancel()`. */
	#silence(): void {
		this.#generation += 1;
		this.#engine.cancel();
	}

	#fail(): void {
		this.#silence();
		this.#end('failed');
	}

	#end(outcome: ReadAloudOutcome): void {
		this.#generation += 1;
		this.#set({ ...IDLE_STATE, outcome });
	}

	#set(state: ReadAloudState): void {
		this.#state = state;
		this.#onchange(state);
	}
}
