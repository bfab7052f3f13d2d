import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { singleChoice, trueFalse } from '$lib/quiz/question/test-factories';
import { Progress, type ProgressEnvironment } from './progress.svelte';
import { QuizSession } from './quiz-session.svelte';
import { submitModuleQuiz } from './submit-module-quiz';

const FINISHED_AT = 1764147600000;
const questions = [singleChoice({ id: 'q1' }), trueFalse({ id: 'q2' })];
const environment: ProgressEnvironment = { userAgent: '', installed: false };

function setUp(progressStorage = new MemoryStorage()) {
	const draftStorage = new MemoryStorage();
	const session = new QuizSession({
		moduleSlug: 'kazakhstan-2022',
		questions,
		storage: draftStorage,
		now: FINISHED_AT - 60_000
	});
	session.setResponse(questions[0]!, { type: 'single-choice', selected: 0 });
	const progress = new Progress(progressStorage, environment, () => new Date(FINISHED_AT));
	const options = { progress, clock: () => FINISHED_AT, random: () => 0.123456789 };
	return { session, progress, draftStorage, options };
}

describe('submitModuleQuiz', () => {
	afterEach(() => {
		vi.doUnmock('./scheduling');
	});

	it('records the attempt under an id made from the finishing time and the random draw', async () => {
		const { session, progress, options } = setUp();

		const saved = await submitModuleQuiz(session, options);

		expect(saved.saved).toBe(true);
		expect(progress.state.attempts).toHaveLength(1);
		expect(progress.state.attempts[0]).toMatchObject({
			id: 'kazakhstan-2022-mifrxk00-4fzzzx',
			moduleSlug: 'kazakhstan-2022',
			kind: 'quiz',
			questionIds: ['q1', 'q2'],
			finishedAt: new Date(FINISHED_AT).toISOString()
		});
	});

	it('discards the draft once the attempt is stored', async () => {
		const { session, draftStorage, options } = setUp();
		expect(draftStorage.length).toBe(1);

		await submitModuleQuiz(session, options);

		expect(draftStorage.length).toBe(0);
	});

	it('keeps the draft when progress cannot be stored, so a reload still has the answers', async () => {
		const { session, draftStorage, options } = setUp(new MemoryStorage({ blocked: true }));

		const saved = await submitModuleQuiz(session, options);

		expect(saved.saved).toBe(false);
		expect(draftStorage.length).toBe(1);
	});

	it('stores nothing and keeps the draft when the scheduler cannot load', async () => {
		const { session, progress, draftStorage, options } = setUp();
		vi.resetModules();
		vi.doMock('./scheduling', () => ({
			loadScheduling: () => Promise.reject(new Error('offline'))
		}));
		const { submitModuleQuiz: submitOffline } = await import('./submit-module-quiz');

		await expect(submitOffline(session, options)).rejects.toThrow('offline');

		expect(progress.state.attempts).toHaveLength(0);
		expect(draftStorage.length).toBe(1);
	});

	it('records a retry of missed questions as a retry of the quiz it corrects', async () => {
		const { session, progress, options } = setUp();
		await submitModuleQuiz(session, options);
		const quizId = progress.state.attempts[0]!.id;
		session.restart(['q2'], FINISHED_AT, quizId);

		await submitModuleQuiz(session, { ...options, random: () => 0.5 });

		expect(progress.state.attempts.find((a) => a.id !== quizId)?.retry?.of).toBe(quizId);
	});
});
