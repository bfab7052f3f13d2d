import { emptyResponse, gradeResponse, gradeQuiz, type QuizGrade } from '../grade';
import type { Grade, Response } from '../question/response';
import type { Question } from '../question/schema';
import type { StorageLike } from '../store/storage-area';
import { ValueStore } from '../store/value-store';
import { draftValue, fitDraft, newDraft, type Draft } from './draft';
import { shuffledIndexes } from './shuffle';

/** Feedback after each question (the default), or only on the results page. */
export type FeedbackMode = 'after-each' | 'at-end';

export interface FinishedQuiz {
	moduleSlug: string;
	questions: Question[];
	responses: Record<string, Response>;
	result: QuizGrade;
	startedAt: number;
	finishedAt: number;
}

/**
 * A student's sitting of one module's quiz: the current question, the answers so far, and the
 * grades already shown. Every change is saved to `storage` at once, so reloading, leaving for the
 * article or closing the tab loses nothing. Storage that fails (private mode, full) is ignored:
 * the quiz still works in memory.
 */
export class QuizSession {
	readonly moduleSlug: string;
	readonly feedbackMode: FeedbackMode;
	readonly #all: readonly Question[];
	readonly #drafts: ValueStore<Draft>;
	#draft = $state() as Draft;

	constructor(options: {
		moduleSlug: string;
		questions: readonly Question[];
		feedbackMode?: FeedbackMode;
		storage?: StorageLike | null;
		now: number;
	}) {
		this.moduleSlug = options.moduleSlug;
		this.feedbackMode = options.feedbackMode ?? 'after-each';
		this.#all = options.questions;
		this.#drafts = new ValueStore(
			draftValue(options.moduleSlug),
			options.storage ?? null,
			() => options.now
		);
		const ids = options.questions.map((q) => q.id);
		this.#draft =
			fitDraft(this.#drafts.load(), options.moduleSlug, ids) ??
			newDraft(options.moduleSlug, ids, options.now);
	}

	/**
	 * Starts a new sitting of just `questionIds`, replacing any draft: "retry the ones I missed"
	 * passes the quiz they were missed in as `retryOf`, and the sitting is practice on that quiz.
	 */
	restart(questionIds: readonly string[], now: number, retryOf?: string): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup nothing reacts to
		const known = new Set(this.#all.map((q) => q.id));
		const ids = questionIds.filter((id) => known.has(id));
		this.#draft = newDraft(
			this.moduleSlug,
			ids.length > 0 ? ids : [...known],
			now,
			ids.length > 0 ? retryOf : undefined
		);
		this.#save();
	}

	get questions(): Question[] {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup rebuilt on each read
		const byId = new Map(this.#all.map((q) => [q.id, q]));
		return this.#draft.questionIds.flatMap((id) => byId.get(id) ?? []);
	}

	get index(): number {
		return this.#draft.current;
	}

	get current(): Question | undefined {
		return this.questions[this.#draft.current];
	}

	get reviewing(): boolean {
		return this.#draft.reviewing;
	}

	get startedAt(): number {
		return this.#draft.startedAt;
	}

	/** The saved response, or the blank one the inputs start from (orderings start shuffled). */
	responseFor(question: Question): Response {
		return (
			this.#draft.responses[question.id] ?? emptyResponse(question, this.displayOrder(question))
		);
	}

	hasResponse(question: Question): boolean {
		const saved = this.#draft.responses[question.id];
		if (!saved) return false;
		return gradeResponse(question, saved).kind !== 'unanswered';
	}

	/** The order ordering items are first shown in, fixed per question. */
	displayOrder(question: Question): number[] | undefined {
		return question.type === 'ordering'
			? shuffledIndexes(question.items.length, question.id)
			: undefined;
	}

	/** The grade shown after "Check", which locks the answer; undefined until then. */
	checkedGrade(question: Question): Grade | undefined {
		return this.#draft.checked[question.id];
	}

	/** The quiz whose missed questions this sitting retries; undefined for a full sitting. */
	get retryOf(): string | undefined {
		return this.#draft.retryOf;
	}

	/**
	 * The sentences to mark in the article beside the quiz: the current question's evidence once
	 * its feedback is shown, and nothing before (marking it earlier would give the answer away).
	 */
	get shownEvidence(): readonly string[] {
		const question = this.current;
		if (!question || this.reviewing || !this.#draft.checked[question.id]) return [];
		return question.sentenceIds ?? [];
	}

	isLocked(question: Question): boolean {
		return this.#draft.checked[question.id] !== undefined;
	}

	setResponse(question: Question, response: Response): void {
		if (this.isLocked(question)) return;
		this.#draft.responses[question.id] = response;
		this.#save();
	}

	/**
	 * Grades the current answer. A scored grade is kept (and, with feedback after each question,
	 * shown and locked); "unanswered" and "invalid" are returned for a message and change nothing.
	 */
	check(question: Question): Grade {
		const grade = gradeResponse(question, this.responseFor(question));
		if (grade.kind === 'scored') {
			this.#draft.responses[question.id] = this.responseFor(question);
			if (this.feedbackMode === 'after-each') this.#draft.checked[question.id] = grade;
			this.#save();
		}
		return grade;
	}

	goTo(index: number): void {
		this.#draft.current = Math.max(0, Math.min(index, this.questions.length - 1));
		this.#draft.reviewing = false;
		this.#save();
	}

	get unanswered(): Question[] {
		return this.questions.filter((q) => !this.hasResponse(q));
	}

	setReviewing(reviewing: boolean): void {
		this.#draft.reviewing = reviewing;
		this.#save();
	}

	/** Grades the whole sitting and clears the draft. */
	finish(now: number): FinishedQuiz {
		const finished = this.result(now);
		this.discardDraft();
		return finished;
	}

	/**
	 * Grades the whole sitting and keeps the draft, for a caller that must store the result first
	 * (an assigned module's submission): it calls `discardDraft` only once that is stored.
	 */
	result(now: number): FinishedQuiz {
		const questions = this.questions;
		const responses = Object.fromEntries(
			questions.flatMap((q) => (this.hasResponse(q) ? [[q.id, this.responseFor(q)]] : []))
		) as Record<string, Response>;
		const finished: FinishedQuiz = {
			moduleSlug: this.moduleSlug,
			questions,
			responses,
			result: gradeQuiz(questions, responses),
			startedAt: this.#draft.startedAt,
			finishedAt: now
		};
		return finished;
	}

	/** Deletes the saved draft; the sitting in memory is unchanged. */
	discardDraft(): void {
		this.#drafts.remove();
	}

	/** Full or blocked storage leaves the quiz going on in memory. */
	#save(): void {
		this.#drafts.save(this.#draft);
	}
}
