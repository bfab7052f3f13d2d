import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { singleChoice, trueFalse } from '$lib/quiz/question/test-factories';
import { DEFAULT_SETTINGS, type Assignment } from '$lib/teaching/sharing';
import { AssignedSitting } from './assigned-sitting.svelte';
import type { FinishedQuiz } from './quiz-session.svelte';
import { fakeTime } from './testing/fake-time';

const START = Date.UTC(2026, 10, 25, 9);
const MINUTE = 60_000;

const assignment = (timeLimitMinutes: number | null = null): Assignment => ({
	id: 'm-sitting',
	title: 'T',
	body: 'Some text.',
	questions: [singleChoice({ id: 'q1' }), trueFalse({ id: 'q2' })],
	settings: { ...DEFAULT_SETTINGS, timeLimitMinutes }
});

function sitting(timeLimitMinutes: number | null = null, storage = new MemoryStorage()) {
	const time = fakeTime(START);
	const said: string[] = [];
	const finishes: { finished: FinishedQuiz; timesMs: Record<string, number> }[] = [];
	const made = new AssignedSitting({
		assignment: assignment(timeLimitMinutes),
		studentName: 'Noor Haddad',
		storage,
		announce: (message) => said.push(message),
		onfinish: (finished, timesMs) => finishes.push({ finished, timesMs }),
		...time
	});
	return { sitting: made, time, said, finishes };
}

describe('AssignedSitting', () => {
	it('hands the finished sitting and the time on each question to onfinish, once', () => {
		const { sitting: quiz, time, finishes } = sitting();
		quiz.show('q1');
		time.advance(5_000);
		quiz.show('q2');
		time.advance(2_000);

		quiz.submit();
		quiz.submit();

		expect(finishes).toHaveLength(1);
		expect(finishes[0]?.finished).toMatchObject({ startedAt: START, finishedAt: START + 7_000 });
		expect(finishes[0]?.timesMs).toEqual({ q1: 5_000, q2: 2_000 });
	});

	it('keeps the draft until the caller discards it, once the result is stored', () => {
		const storage = new MemoryStorage();
		let discard = () => {};
		const quiz = new AssignedSitting({
			assignment: assignment(),
			studentName: 'Noor Haddad',
			storage,
			announce: () => {},
			onfinish: (_finished, _times, discardDraft) => (discard = discardDraft),
			clock: () => START
		});
		quiz.session.setResponse(quiz.session.current!, { type: 'single-choice', selected: 0 });

		quiz.submit();
		expect(storage.length).toBe(1);
		discard();
		expect(storage.length).toBe(0);
	});

	it('has no countdown without a time limit', () => {
		expect(sitting().sitting.countdown).toBeUndefined();
	});

	it('warns five minutes and one minute before the end, once each', () => {
		const { sitting: quiz, time, said } = sitting(6);
		quiz.start();
		expect(quiz.countdown?.remaining).toBe(6 * MINUTE);

		time.advance(61_000);
		expect(said).toEqual(['5 minutes left. Your answers are saved as you go.']);
		time.advance(4 * MINUTE);
		expect(said).toEqual([
			'5 minutes left. Your answers are saved as you go.',
			'1 minute left. Your answers are saved as you go.'
		]);
	});

	it('submits and says so when the time is up, and stops its timer', () => {
		const { sitting: quiz, time, said, finishes } = sitting(6);
		quiz.start();

		time.advance(6 * MINUTE);

		expect(said.at(-1)).toBe('Time is up. Your answers were submitted.');
		expect(finishes).toHaveLength(1);
		expect(finishes[0]?.finished.finishedAt).toBe(START + 6 * MINUTE);
		expect(time.timers()).toBe(0);
	});

	it('stops the countdown when the student submits first', () => {
		const { sitting: quiz, time, finishes } = sitting(6);
		quiz.start();
		quiz.submit();

		time.advance(10 * MINUTE);

		expect(finishes).toHaveLength(1);
		expect(time.timers()).toBe(0);
	});

	it('counts the limit from when the sitting first started, across a reload', () => {
		const storage = new MemoryStorage();
		const first = sitting(6, storage);
		first.sitting.session.setResponse(first.sitting.session.current!, {
			type: 'single-choice',
			selected: 0
		});
		const later = new AssignedSitting({
			assignment: assignment(6),
			studentName: 'Noor Haddad',
			storage,
			announce: () => {},
			onfinish: () => {},
			clock: () => START + 2 * MINUTE
		});

		expect(later.countdown?.remaining).toBe(4 * MINUTE);
	});
});
