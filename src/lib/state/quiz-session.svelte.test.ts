import { describe, expect, it } from 'vitest';
import { numeric, ordering, shortAnswer, singleChoice } from '$lib/quiz/question/test-factories';
import type { Draft } from '$lib/quiz/session/draft';
import type { Grade } from '$lib/quiz/question/response';
import type { Question } from '$lib/quiz/question/schema';
import type { FeedbackMode } from '$lib/quiz/question/feedback-mode';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { draftKey } from '$lib/core/storage/keys';
import { inMemory, QuizSession, type DraftKeeper } from './quiz-session.svelte';

const questions = [
	singleChoice({ id: 'q-1' }),
	shortAnswer({ id: 'q-2', accepted: ['Russia'], answerText: 'Russia' }),
	numeric({ id: 'q-3', answer: 3, unit: '%', answerText: '3%' }),
	ordering({ id: 'q-4', items: ['First', 'Second', 'Third'] })
];
const session = (storage = new MemoryStorage(), feedbackMode?: FeedbackMode) =>
	new QuizSession({ moduleSlug: 'mod', questions, storage, feedbackMode, now: 1000 });

describe('QuizSession', () => {
	it('starts at the first question with nothing answered', () => {
		const quiz = session();
		expect(quiz.current?.id).toBe('q-1');
		expect(quiz.unanswered.map((q) => q.id)).toEqual(['q-1', 'q-2', 'q-3', 'q-4']);
	});

	it('saves every answer so a new session on the same storage resumes where it was', () => {
		const storage = new MemoryStorage();
		const first = session(storage);
		first.setResponse(questions[1]!, { type: 'short-answer', text: 'Rusia' });
		first.goTo(1);
		const resumed = session(storage);
		expect(resumed.index).toBe(1);
		expect(resumed.responseFor(questions[1]!)).toEqual({ type: 'short-answer', text: 'Rusia' });
	});

	it('shows feedback and locks the answer after checking, by default', () => {
		const quiz = session();
		quiz.setResponse(questions[0]!, { type: 'single-choice', selected: 1 });
		const grade = quiz.check(questions[0]!);
		expect(grade).toMatchObject({ kind: 'scored', correct: false });
		expect(quiz.isLocked(questions[0]!)).toBe(true);
		quiz.setResponse(questions[0]!, { type: 'single-choice', selected: 0 });
		expect(quiz.responseFor(questions[0]!)).toEqual({ type: 'single-choice', selected: 1 });
	});

	it('keeps grades to itself until the end when feedback comes at the end', () => {
		const quiz = session(new MemoryStorage(), 'at-end');
		quiz.setResponse(questions[0]!, { type: 'single-choice', selected: 1 });
		expect(quiz.check(questions[0]!)).toMatchObject({ kind: 'scored' });
		expect(quiz.checkedGrade(questions[0]!)).toBeUndefined();
		quiz.setResponse(questions[0]!, { type: 'single-choice', selected: 0 });
		expect(quiz.finish(2000).result.earned).toBe(1);
	});

	it('does not keep an unanswered or unreadable answer as graded', () => {
		const quiz = session();
		expect(quiz.check(questions[0]!)).toEqual({ kind: 'unanswered' });
		quiz.setResponse(questions[2]!, { type: 'numeric', text: 'lots' });
		expect(quiz.check(questions[2]!)).toMatchObject({ kind: 'invalid' });
		expect(quiz.isLocked(questions[2]!)).toBe(false);
		expect(quiz.hasResponse(questions[0]!)).toBe(false);
	});

	it('starts an ordering shuffled, and counts it answered only once the student moves or checks it', () => {
		const quiz = session();
		const start = quiz.responseFor(questions[3]!);
		expect(start.type === 'ordering' && start.order).not.toEqual([0, 1, 2]);
		expect(quiz.hasResponse(questions[3]!)).toBe(false);
		quiz.setResponse(questions[3]!, { type: 'ordering', order: [0, 1, 2] });
		expect(quiz.hasResponse(questions[3]!)).toBe(true);
	});

	it('grades the whole sitting on finish, times it, and clears the draft', () => {
		const storage = new MemoryStorage();
		const quiz = session(storage);
		quiz.setResponse(questions[1]!, { type: 'short-answer', text: 'Rusia' });
		quiz.setResponse(questions[2]!, { type: 'numeric', text: 'three percent' });
		const finished = quiz.finish(61_000);
		expect(finished.result).toMatchObject({ total: 4, earned: 2, unanswered: 2 });
		expect(finished.finishedAt - finished.startedAt).toBe(60_000);
		expect(storage.getItem(draftKey('mod'))).toBeNull();
	});

	it('keeps the draft when it only grades the sitting, until the draft is discarded', () => {
		const storage = new MemoryStorage();
		const quiz = session(storage);
		quiz.setResponse(questions[1]!, { type: 'short-answer', text: 'Russia' });

		const finished = quiz.result(61_000);

		expect(finished.result).toMatchObject({ total: 4, earned: 1 });
		expect(session(storage).responseFor(questions[1]!)).toEqual({
			type: 'short-answer',
			text: 'Russia'
		});
		quiz.discardDraft();
		expect(storage.getItem(draftKey('mod'))).toBeNull();
	});

	it('retries only the chosen questions', () => {
		const quiz = session();
		quiz.restart(['q-3', 'gone', 'q-1'], 5000);
		expect(quiz.questions.map((q) => q.id)).toEqual(['q-3', 'q-1']);
		expect(quiz.startedAt).toBe(5000);
	});

	it('works in memory when storage throws', () => {
		const broken = new MemoryStorage({ blocked: true });
		const quiz = session(broken);
		quiz.setResponse(questions[1]!, { type: 'short-answer', text: 'Russia' });
		expect(quiz.check(questions[1]!)).toMatchObject({ kind: 'scored', correct: true });
	});

	it('re-grades nothing once an answer is locked, and tells `onchecked` of it once', () => {
		const told: [string, Grade['kind']][] = [];
		const quiz = new QuizSession({
			moduleSlug: 'mod',
			questions,
			onchecked: (key, grade) => told.push([key, grade.kind]),
			now: 1000
		});
		quiz.setResponse(questions[0]!, { type: 'single-choice', selected: 0 });
		const first = quiz.check(questions[0]!);
		expect(quiz.check(questions[0]!)).toBe(first);
		expect(told).toEqual([['q-1', 'scored']]);
	});

	it('tells `onchecked` nothing of an empty answer, nor of one kept for the end', () => {
		const told: string[] = [];
		const quiz = new QuizSession({
			moduleSlug: 'mod',
			questions,
			feedbackMode: 'at-end',
			onchecked: (key) => told.push(key),
			now: 1000
		});
		quiz.check(questions[1]!);
		quiz.setResponse(questions[0]!, { type: 'single-choice', selected: 0 });
		quiz.check(questions[0]!);
		expect(told).toEqual([]);
	});
});

describe('QuizSession kept by a DraftKeeper', () => {
	/** A keeper that remembers what it was given, as a draft store would. */
	function recordingKeeper(): DraftKeeper & { kept: Draft | undefined } {
		const keeper = {
			kept: undefined as Draft | undefined,
			load: () => keeper.kept,
			save: (draft: Draft) => void (keeper.kept = structuredClone(draft)),
			clear: () => void (keeper.kept = undefined)
		};
		return keeper;
	}

	it('hands every change to its keeper and resumes from what the keeper loads', () => {
		const keeper = recordingKeeper();
		const first = new QuizSession({ moduleSlug: 'mod', questions, drafts: keeper, now: 1000 });
		first.setResponse(questions[1]!, { type: 'short-answer', text: 'Rusia' });
		first.goTo(2);
		const resumed = new QuizSession({ moduleSlug: 'mod', questions, drafts: keeper, now: 9000 });
		expect(resumed.index).toBe(2);
		expect(resumed.startedAt).toBe(1000);
		resumed.finish(9000);
		expect(keeper.kept).toBeUndefined();
	});

	it('starts afresh every time when kept in memory only', () => {
		const first = new QuizSession({ moduleSlug: 'mod', questions, drafts: inMemory, now: 1000 });
		first.setResponse(questions[1]!, { type: 'short-answer', text: 'Russia' });
		first.goTo(1);
		const again = new QuizSession({ moduleSlug: 'mod', questions, drafts: inMemory, now: 2000 });
		expect(again.index).toBe(0);
		expect(again.hasResponse(questions[1]!)).toBe(false);
		expect(first.responseFor(questions[1]!)).toEqual({ type: 'short-answer', text: 'Russia' });
	});

	it('keeps answers apart by `keyOf` where two questions share an id', () => {
		const a = singleChoice({ id: 'q-1' });
		const b = singleChoice({ id: 'q-1' });
		const keys = new Map<Question, string>([
			[a, 'mod-a/q-1'],
			[b, 'mod-b/q-1']
		]);
		const quiz = new QuizSession({
			moduleSlug: 'review',
			questions: [a, b],
			keyOf: (q) => keys.get(q) ?? q.id,
			drafts: inMemory,
			now: 0
		});
		quiz.setResponse(a, { type: 'single-choice', selected: 1 });
		quiz.check(a);
		expect(quiz.questions[1]).toBe(b);
		expect(quiz.isLocked(b)).toBe(false);
		expect(quiz.responseFor(b)).toEqual({ type: 'single-choice', selected: null });
	});
});
