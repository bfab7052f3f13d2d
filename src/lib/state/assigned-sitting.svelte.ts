import type { StorageLike } from '$lib/core/storage';
import {
	optionOrders,
	QuestionTimes,
	sittingQuestions,
	timeLeft,
	timeWarning
} from '$lib/quiz/assigned';
import { sittingSlug } from '$lib/teaching/library';
import type { Assignment } from '$lib/teaching/sharing';
import { Countdown, type Repeat } from './countdown.svelte';
import { QuizSession, type FinishedQuiz } from './quiz-session.svelte';

interface AssignedSittingOptions {
	assignment: Assignment;
	/** Seeds the shuffles, so each student's order is stable across reloads. */
	studentName: string;
	/** Where the draft is kept; none (the teacher's preview) keeps nothing. */
	storage?: StorageLike;
	/** Speaks to screen readers: the time-limit warnings go here, once each. */
	announce: (message: string) => void;
	/**
	 * Called once, when the student submits or the time runs out. The draft stays saved until
	 * `discardDraft` is called, once the result is stored: a result that could not be stored is
	 * not lost on reload.
	 */
	onfinish: (
		finished: FinishedQuiz,
		timesMs: Record<string, number>,
		discardDraft: () => void
	) => void;
	clock?: () => number;
	/** The timer behind the countdown (tests pass a fake one). */
	repeat?: Repeat;
}

/**
 * One student's sitting of an assigned module as the teacher set it up: per-student shuffles,
 * feedback mode, the time limit (spoken warnings, submitted when it runs out) and time per
 * question. Call `start` once it is shown and `stop` when it goes.
 *
 * @example
 * const sitting = new AssignedSitting({ assignment, studentName, storage, announce, onfinish });
 * onMount(() => { sitting.start(); return () => sitting.stop(); });
 */
export class AssignedSitting {
	readonly session: QuizSession;
	/** Each question's option order for this student, by question id. */
	readonly optionOrders: Record<string, number[]>;
	/** The time limit's countdown; undefined when the teacher set none. */
	readonly countdown: Countdown | undefined;
	readonly #times = new QuestionTimes();
	readonly #clock: () => number;
	readonly #announce: (message: string) => void;
	readonly #onfinish: AssignedSittingOptions['onfinish'];
	#finished = false;

	constructor(options: AssignedSittingOptions) {
		const { assignment, studentName } = options;
		this.#clock = options.clock ?? Date.now;
		this.#announce = options.announce;
		this.#onfinish = options.onfinish;
		this.session = new QuizSession({
			moduleSlug: sittingSlug(assignment.id, studentName),
			questions: sittingQuestions(assignment, studentName),
			feedbackMode: assignment.settings.feedback,
			storage: options.storage,
			now: this.#clock()
		});
		this.optionOrders = optionOrders(assignment, studentName);
		const limit = assignment.settings.timeLimitMinutes;
		const startedAt = this.session.startedAt;
		this.countdown = limit
			? new Countdown({
					left: (now) => timeLeft(startedAt, limit, now),
					clock: this.#clock,
					repeat: options.repeat,
					ontick: (before, after) => this.#warn(timeWarning(before, after)),
					onexpire: () => {
						this.#announce('Time is up. Your answers were submitted.');
						this.submit();
					}
				})
			: undefined;
	}

	start(): void {
		this.countdown?.start();
	}

	stop(): void {
		this.countdown?.stop();
	}

	/** The student now sees question `id`: time spent counts towards it from now on. */
	show(id: string): void {
		this.#times.show(id, this.#clock());
	}

	/** Ends the sitting and hands its result to `onfinish`; later calls change nothing. */
	submit(): void {
		if (this.#finished) return;
		this.#finished = true;
		this.stop();
		const now = this.#clock();
		this.#times.stop(now);
		this.#onfinish(this.session.result(now), this.#times.totals(), () =>
			this.session.discardDraft()
		);
	}

	#warn(warning: string | undefined): void {
		if (warning) this.#announce(`${warning} Your answers are saved as you go.`);
	}
}
