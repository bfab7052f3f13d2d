import { emptyResponse, gradeResponse } from '$lib/grade';
import type { ReviewItem } from '$lib/progress-view/review-queue';
import type { Grade, Response } from '$lib/question/response';
import type { Question } from '$lib/question/schema';
import { shuffledIndexes } from '$lib/quiz/shuffle';

export interface ReviewTally {
	reviewed: number;
	right: number;
	partly: number;
	wrong: number;
}

/**
 * One sitting of spaced review: the questions that were due when it started, one at a time. The
 * list is fixed at the start, so a question answered here stays in the sitting even though it is
 * no longer due. Each checked answer is handed to `onGrade` at once (to reschedule it), so leaving
 * half-way loses nothing already answered.
 */
export class ReviewSession {
	readonly items: readonly ReviewItem<Question>[];
	readonly #onGrade: (key: string, grade: Grade) => void;
	#index = $state(0);
	#responses = $state<Record<string, Response>>({});
	#grades = $state<Record<string, Grade>>({});

	constructor(
		items: readonly ReviewItem<Question>[],
		onGrade: (key: string, grade: Grade) => void
	) {
		this.items = items;
		this.#onGrade = onGrade;
	}

	get index(): number {
		return this.#index;
	}

	/** Undefined once every question has been through. */
	get current(): ReviewItem<Question> | undefined {
		return this.items[this.#index];
	}

	get done(): boolean {
		return this.#index >= this.items.length;
	}

	/** The saved answer, or the blank one the inputs start from (orderings shuffled as in the quiz). */
	responseFor(item: ReviewItem<Question>): Response {
		return this.#responses[item.key] ?? emptyResponse(item.question, displayOrder(item.question));
	}

	setResponse(item: ReviewItem<Question>, response: Response): void {
		if (this.checkedGrade(item)) return;
		this.#responses[item.key] = response;
	}

	/** The grade shown after "Check answer", which locks the answer. */
	checkedGrade(item: ReviewItem<Question>): Grade | undefined {
		return this.#grades[item.key];
	}

	/**
	 * Grades the current answer. Only a scored grade is kept and reported; "unanswered" and
	 * "invalid" come back for a message and change nothing.
	 */
	check(): Grade | undefined {
		const item = this.current;
		if (!item || this.checkedGrade(item)) return undefined;
		const grade = gradeResponse(item.question, this.responseFor(item));
		if (grade.kind !== 'scored') return grade;
		this.#grades[item.key] = grade;
		this.#onGrade(item.key, grade);
		return grade;
	}

	/** Moves on; a question left unchecked is simply not reviewed this time. */
	next(): void {
		this.#index = Math.min(this.#index + 1, this.items.length);
	}

	get tally(): ReviewTally {
		const grades = Object.values(this.#grades).filter((g) => g.kind === 'scored');
		return {
			reviewed: grades.length,
			right: grades.filter((g) => g.correct).length,
			partly: grades.filter((g) => !g.correct && g.score > 0).length,
			wrong: grades.filter((g) => g.score === 0).length
		};
	}
}

const displayOrder = (question: Question): number[] | undefined =>
	question.type === 'ordering' ? shuffledIndexes(question.items.length, question.id) : undefined;
