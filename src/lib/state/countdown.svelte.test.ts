import { describe, expect, it } from 'vitest';
import { Countdown } from './countdown.svelte';
import { fakeTime } from './testing/fake-time';

const tenSeconds = (now: number) => Math.max(0, 10_000 - now);

describe('Countdown', () => {
	it('counts the time left down once a second after it starts', () => {
		const time = fakeTime();
		const countdown = new Countdown({ left: tenSeconds, ...time });
		expect(countdown.remaining).toBe(10_000);

		time.advance(3_000);
		expect(countdown.remaining).toBe(10_000);
		countdown.start();
		time.advance(2_000);
		expect(countdown.remaining).toBe(5_000);
		expect(countdown.expired).toBe(false);
	});

	it('reports each tick as the time left before and after it', () => {
		const time = fakeTime();
		const ticks: [number, number][] = [];
		const countdown = new Countdown({
			left: tenSeconds,
			...time,
			ontick: (before, after) => ticks.push([before, after])
		});
		countdown.start();
		time.advance(2_000);
		expect(ticks).toEqual([
			[10_000, 9_000],
			[9_000, 8_000]
		]);
	});

	it('expires once when no time is left, and releases its timer', () => {
		const time = fakeTime();
		let expiries = 0;
		const countdown = new Countdown({ left: tenSeconds, ...time, onexpire: () => expiries++ });
		countdown.start();
		time.advance(9_000);
		expect(expiries).toBe(0);

		time.advance(5_000);
		expect(countdown.remaining).toBe(0);
		expect(countdown.expired).toBe(true);
		expect(expiries).toBe(1);
		expect(time.timers()).toBe(0);
	});

	it('waits for its first tick to expire when it starts with no time left', () => {
		const time = fakeTime(60_000);
		let expiries = 0;
		const countdown = new Countdown({ left: tenSeconds, ...time, onexpire: () => expiries++ });
		countdown.start();
		expect(expiries).toBe(0);
		time.advance(1_000);
		expect(expiries).toBe(1);
	});

	it('stops ticking when stopped, and a second start does not tick twice', () => {
		const time = fakeTime();
		const countdown = new Countdown({ left: tenSeconds, ...time });
		countdown.start();
		countdown.start();
		expect(time.timers()).toBe(1);

		countdown.stop();
		time.advance(5_000);
		expect(countdown.remaining).toBe(10_000);
		expect(time.timers()).toBe(0);
	});
});
