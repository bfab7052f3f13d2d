/**
 * How long a student spent on each question, summed over every visit: the teacher's gradebook
 * shows the median per question. Times are passed in (milliseconds), so tests need no clock.
 */
export class QuestionTimes {
	#current: { id: string; since: number } | undefined;
	readonly #totals: Record<string, number> = {};

	/** The student now sees question `id`; time on the previous one stops. */
	show(id: string, now: number): void {
		if (this.#current?.id === id) return;
		this.stop(now);
		this.#current = { id, since: now };
	}

	stop(now: number): void {
		if (!this.#current) return;
		const { id, since } = this.#current;
		this.#totals[id] = (this.#totals[id] ?? 0) + Math.max(0, now - since);
		this.#current = undefined;
	}

	/** Whole milliseconds per question id. */
	totals(): Record<string, number> {
		return Object.fromEntries(Object.entries(this.#totals).map(([id, ms]) => [id, Math.round(ms)]));
	}
}
