import { describe, expect, it } from 'vitest';
import { numeric, ordering, shortAnswer, singleChoice } from '../grade/test-factories';
import { MemoryStorage } from '../store';
import { draftKey } from '../store/keys';
import { QuizSession } from './quiz-session.svelte';

const questions = [
	singleChoice({ id: 'q-1' }),
	shortAnswer({ id: 'q-2', accepted: ['Russia'], answerText: 'Russia' }),
	numeric({ id: 'q-3', answer: 3, unit: '%', answerText: '3%' }),
	ordering({ id: 'q-4', items: ['First', 'Second', 'Third'] })
];
const session = (storage = new MemoryStorage(), feedbackMode?: 'after-each' | 'at-end') =>
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
});
