import type { SpeechEngine, UtteranceEvents, UtteranceSettings } from '../speech-engine';

interface FakeUtterance {
	text: string;
	settings: UtteranceSettings;
	events: UtteranceEvents;
}

/**
 * A speech engine the test drives by hand: `speak` only records, and the test fires each
 * utterance's events (`startCurrent`, `endCurrent`, `failCurrent`) when it chooses. Cancelled
 * utterances stay in `spoken`, so a test can fire their late events and check they are ignored.
 */
export class FakeSpeechEngine implements SpeechEngine {
	readonly spoken: FakeUtterance[] = [];
	cancels = 0;
	/** When set, `cancel()` fires the current utterance's `end` at once, as some engines do. */
	endsOnCancel = false;

	speak(text: string, settings: UtteranceSettings, events: UtteranceEvents): void {
		this.spoken.push({ text, settings: { ...settings }, events });
	}

	cancel(): void {
		this.cancels += 1;
		if (this.endsOnCancel) this.latest?.events.end();
	}

	get latest(): FakeUtterance | undefined {
		return this.spoken.at(-1);
	}

	get texts(): string[] {
		return this.spoken.map((utterance) => utterance.text);
	}

	startCurrent(): void {
		this.latest?.events.start();
	}

	endCurrent(): void {
		this.latest?.events.end();
	}

	/** Starts and ends the current utterance, as a voice reading it through would. */
	readCurrent(): void {
		this.startCurrent();
		this.endCurrent();
	}

	failCurrent(code: string): void {
		this.latest?.events.error(code);
	}
}
