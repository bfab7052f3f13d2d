/** Calls `tick` every `ms` milliseconds until the returned function is called. */
export type Repeat = (tick: () => void, ms: number) => () => void;

/** The browser's `setInterval`, looked up on each start so a faked clock (tests, Playwright) applies. */
const repeatWithInterval: Repeat = (tick, ms) => {
	const id = setInterval(tick, ms);
	return () => clearInterval(id);
};

interface CountdownOptions {
	/** Milliseconds left at clock time `now`, never below zero (e.g. `timeLeft` of a time limit). */
	left: (now: number) => number;
	clock?: () => number;
	repeat?: Repeat;
	/** Each second, with the time left before and after it: where threshold warnings are announced. */
	ontick?: (before: number, after: number) => void;
	/** Once, on the first tick that finds no time left; the countdown has stopped by then. */
	onexpire?: () => void;
}

const TICK_MS = 1000;

/**
 * Time left that counts down once a second while started. The clock and the timer are injected,
 * so tests drive it without waiting. A countdown that starts with no time left still waits for
 * its first tick to expire, as a resumed sitting whose limit ran out meanwhile does.
 *
 * @example
 * const countdown = new Countdown({ left: (now) => timeLeft(startedAt, 20, now), onexpire: submit });
 * onMount(() => { countdown.start(); return () => countdown.stop(); });
 */
export class Countdown {
	readonly #options: CountdownOptions;
	readonly #clock: () => number;
	#remaining = $state(0);
	#stopRepeat: (() => void) | undefined;

	constructor(options: CountdownOptions) {
		this.#options = options;
		this.#clock = options.clock ?? Date.now;
		this.#remaining = options.left(this.#clock());
	}

	/** Milliseconds left as of the last tick. */
	get remaining(): number {
		return this.#remaining;
	}

	get expired(): boolean {
		return this.#remaining === 0;
	}

	/** Starts ticking; a second call while running changes nothing. */
	start(): void {
		if (this.#stopRepeat) return;
		const repeat = this.#options.repeat ?? repeatWithInterval;
		this.#stopRepeat = repeat(() => this.#tick(), TICK_MS);
	}

	/** Stops ticking and releases the timer; safe to call at any time, more than once. */
	stop(): void {
		this.#stopRepeat?.();
		this.#stopRepeat = undefined;
	}

	#tick(): void {
		const before = this.#remaining;
		const after = this.#options.left(this.#clock());
		this.#remaining = after;
		this.#options.ontick?.(before, after);
		if (after > 0) return;
		this.stop();
		this.#options.onexpire?.();
	}
}
