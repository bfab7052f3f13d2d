import { emptyResponse, gradeResponse, gradeQuiz, type QuizGrade } from '$lib/quiz/grade';
import type { FeedbackMode, Grade, Response, Question } from '$lib/quiz/question';

import { draftValue, fitDraft, newDraft, type Draft } from '$lib/quiz/session';
import { shuffledIndexes } from '$lib/core/random';
import { type StorageLike, ValueStore } from '$lib/core/storage';

export interface FinishedQuiz {
	moduleSlug: string;
	questions: Question[];
	/** By question id: a finished quiz is one module's, where ids are unique. */
	responses: Record<string, Response>;
	result: QuizGrade;
	startedAt: number;
	finishedAt: number;
}

/** Where a sitting is kept between visits: given the whole sitting after every change. */
export interface DraftKeeper {
	/** The sitting kept last time, if any; the session fits it to its questions. */
	load(): Draft | undefined;
	/** Must not throw: full or blocked storage leaves the sitting going on in memory. */
	save(draft: Draft): void;
	clear(): void;
}

/** Keeps nothing: the sitting lasts as long as the page (a spaced review, recorded as it goes). */
export const inMemory: DraftKeeper = {
	load: () => undefined,
	save: () => {},
	clear: () => {}
};

/** The draft of `moduleSlug` in `storage` (`lectern.draft.<slug>`), so a reload resumes the quiz. */
function savedDrafts(moduleSlug: string, storage: StorageLike | null, now: number): DraftKeeper {
	const drafts = new ValueStore(draftValue(moduleSlug), storage, () => now);
	return {
		load: () => drafts.load(),
		save: (draft) => void drafts.save(draft),
		clear: () => drafts.remove()
	};
}

/** A quiz saves its draft in `storage` (none: in memory); anything else passes its own `drafts`. */
type Keeping =
	{ storage?: StorageLike | null; drafts?: never } | { drafts: DraftKeeper; storage?: never };

type QuizSessionOptions = Keeping & {
	moduleSlug: string;
	questions: readonly Question[];
	feedbackMode?: FeedbackMode;
	/**
	 * What answers and grades are kept under; a question's id by default. A sitting that mixes
	 * modules (the review) passes keys that stay unique where ids may repeat.
	 */
	keyOf?: (question: Question) => string;
	/** Told each grade once it is shown and locked (the review reschedules the question then). */
	onchecked?: (key: string, grade: Grade) => void;
	now: number;
};

/**
 * A sitting of a quiz: the current question, the answers so far, and the grades already shown.
 * Every change goes to its `DraftKeeper` at once: a module's quiz saves a draft, so reloading,
 * leaving for the article or closing the tab loses nothing; the review keeps it in memory.
 *
 * @example
 * const quiz = new QuizSession({ moduleSlug: 'kazakhstan-2022', questions, storage, now: Date.now() });
 * quiz.setResponse(quiz.current!, { type: 'single-choice', selected: 0 });
 * quiz.check(quiz.current!); // { kind: 'scored', correct: true, … }, shown and locked
 */
export class QuizSession {
	readonly moduleSlug: string;
	readonly feedbackMode: FeedbackMode;
	readonly #all: readonly Question[];
	readonly #drafts: DraftKeeper;
	readonly #keyOf: (question: Question) => string;
	readonly #onchecked: ((key: string, grade: Grade) => void) | undefined;
	#draft = $state() as Draft;

	constructor(options: QuizSessionOptions) {
		this.moduleSlug = options.moduleSlug;
		this.feedbackMode = options.feedbackMode ?? 'after-each';
		this.#all = options.questions;
		this.#drafts =
			options.drafts ?? savedDrafts(options.moduleSlug, options.storage ?? null, options.now);
		this.#keyOf = options.keyOf ?? ((question) => question.id);
		this.#onchecked = options.onchecked;
		const keys = options.questions.map((q) => this.#keyOf(q));
		this.#draft =
			fitDraft(this.#drafts.load(), options.moduleSlug, keys) ??
			newDraft(options.moduleSlug, keys, options.now);
	}

	/** What the question's answer and grade are kept under (its id, unless `keyOf` says otherwise). */
	key(question: Question): string {
		return this.#keyOf(question);
	}

	/**
	 * Starts a new sitting of just `questionIds`, replacing any draft: "retry the ones I missed"
	 * passes the quiz they were missed in as `retryOf`, and the sitting is practice on that quiz.
	 */
	restart(questionIds: readonly string[], now: number, retryOf?: string): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup nothing reacts to
		const known = new Set(this.#all.map((q) => this.#keyOf(q)));
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
		const byKey = new Map(this.#all.map((q) => [this.#keyOf(q), q]));
		return this.#draft.questionIds.flatMap((key) => byKey.get(key) ?? []);
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
			this.#draft.responses[this.#keyOf(question)] ??
			emptyResponse(question, this.displayOrder(question))
		);
	}

	hasResponse(question: Question): boolean {
		const saved = this.#draft.responses[this.#keyOf(question)];
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
		return this.#draft.checked[this.#keyOf(question)];
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
		if (!question || this.reviewing || !this.checkedGrade(question)) return [];
		return question.sentenceIds ?? [];
	}

	isLocked(question: Question): boolean {
		return this.checkedGrade(question) !== undefined;
	}

	setResponse(question: Question, response: Response): void {
		if (this.isLocked(question)) return;
		this.#draft.responses[this.#keyOf(question)] = response;
		this.#save();
	}

	/**
	 * Grades the current answer. A scored grade is kept (and, with feedback after each question,
	 * shown, locked and told to `onchecked`, once); "unanswered" and "invalid" are returned for a
	 * message and change nothing. A locked answer gives back the grade it was locked with.
	 */
	check(question: Question): Grade {
		const locked = this.checkedGrade(question);
		if (locked) return locked;
		const key = this.#keyOf(question);
		const grade = gradeResponse(question, this.responseFor(question));
		if (grade.kind !== 'scored') return grade;
		this.#draft.responses[key] = this.responseFor(question);
		if (this.feedbackMode === 'after-each') this.#draft.checked[key] = grade;
		this.#save();
		if (this.feedbackMode === 'after-each') this.#onchecked?.(key, grade);
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
		return {
			moduleSlug: this.moduleSlug,
			questions,
			responses,
			result: gradeQuiz(questions, responses),
			startedAt: this.#draft.startedAt,
			finishedAt: now
		};
	}

	/** Deletes the kept draft; the sitting in memory is unchanged. */
	discardDraft(): void {
		this.#drafts.clear();
	}

	#save(): void {
		this.#drafts.save(this.#draft);
	}
}
