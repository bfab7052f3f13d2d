import type { Repeat } from '../countdown.svelte';

/** A clock and a timer the test moves by hand: `advance` runs every tick that falls due. */
export function fakeTime(start = 0) {
	let now = start;
	const ticking = new Set<{ tick: () => void; ms: number; next: number }>();
	const repeat: Repeat = (tick, ms) => {
		const entry = { tick, ms, next: now + ms };
		ticking.add(entry);
		return () => ticking.delete(entry);
	};
	const advance = (ms: number) => {
		const end = now + ms;
		for (;;) {
			const due = [...ticking].filter((entry) => entry.next <= end);
			if (due.length === 0) break;
			const first = due.reduce((a, b) => (a.next <= b.next ? a : b));
			now = first.next;
			first.next += first.ms;
			first.tick();
		}
		now = end;
	};
	return { clock: () => now, repeat, advance, timers: () => ticking.size };
}
