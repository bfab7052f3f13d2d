import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '$lib/core/storage/testing/memory-storage';
import { multipleChoice, shortAnswer, singleChoice } from '$lib/quiz/question/test-factories';
import type { Grade } from '$lib/quiz/question/response';
import type { Question } from '$lib/quiz/question/schema';
import { Progress } from './progress.svelte';
import { reviewSession, reviewTally, startReview } from './review-session.svelte';

const item = (question: Question, slug = 'mod') => ({
	key: `${slug}/${question.id}`,
	slug,
	title: 'Module',
	question
});
const items = [
	item(singleChoice({ id: 'q-1' })),
	item(shortAnswer({ id: 'q-2', accepted: ['Russia'], answerText: 'Russia' })),
	item(multipleChoice({ id: 'q-3' }))
];
const [first, , third] = items.map((i) => i.question) as [Question, Question, Question];

function sitting(due = items) {
	const graded: [string, Grade['kind']][] = [];
	const session = reviewSession(due, (key, grade) => graded.push([key, grade.kind]), 1000);
	return { session, graded };
}

describe('reviewSession', () => {
	it('reports each checked answer once, under its item key, to reschedule its question', () => {
		const { session, graded } = sitting();
		session.setResponse(first, { type: 'single-choice', selected: 0 });
		session.check(first);
		session.check(first);
		expect(graded).toEqual([['mod/q-1', 'scored']]);
	});

	it('reports nothing for an empty answer, which is not a wrong one', () => {
		const { session, graded } = sitting();
		expect(session.check(first).kind).toBe('unanswered');
		expect(graded).toEqual([]);
		expect(session.checkedGrade(first)).toBeUndefined();
	});

	it('locks an answer once it is checked', () => {
		const { session } = sitting();
		session.setResponse(first, { type: 'single-choice', selected: 1 });
		session.check(first);
		session.setResponse(first, { type: 'single-choice', selected: 0 });
		expect(session.responseFor(first)).toEqual({ type: 'single-choice', selected: 1 });
	});

	it('asks the due questions in the order given, feedback after each', () => {
		const { session } = sitting();
		expect(session.questions).toEqual(items.map((i) => i.question));
		expect(session.feedbackMode).toBe('after-each');
	});

	it('reports a question under its own module where two modules share its id', () => {
		const a = item(singleChoice({ id: 'q-1' }), 'mod-a');
		const b = item(singleChoice({ id: 'q-1' }), 'mod-b');
		const { session, graded } = sitting([a, b]);
		session.goTo(1);
		session.setResponse(b.question, { type: 'single-choice', selected: 0 });
		session.check(b.question);
		expect(graded).toEqual([['mod-b/q-1', 'scored']]);
		expect(session.isLocked(a.question)).toBe(false);
	});

	it('tallies right, partly right and wrong answers, leaving skipped ones out', () => {
		const { session } = sitting();
		session.setResponse(first, { type: 'single-choice', selected: 0 });
		session.check(first);
		session.setResponse(third, { type: 'multiple-choice', selected: [0] });
		session.check(third);
		expect(reviewTally(session)).toEqual({ reviewed: 2, right: 1, partly: 1, wrong: 0 });
	});

	it('counts a wrong answer as wrong', () => {
		const { session } = sitting();
		session.setResponse(first, { type: 'single-choice', selected: 1 });
		session.check(first);
		expect(reviewTally(session)).toEqual({ reviewed: 1, right: 0, partly: 0, wrong: 1 });
	});
});

describe('startReview', () => {
	it('reschedules each checked answer in progress under its item key', async () => {
		const progress = new Progress(
			new MemoryStorage(),
			{ userAgent: '', installed: false },
			() => new Date(1000)
		);
		const session = await startReview(items, progress, 1000);

		session.setResponse(first, { type: 'single-choice', selected: 1 });
		session.check(first);

		expect(progress.state.questionStates['mod/q-1']).toMatchObject({ seen: 1, correct: 0 });
		expect(progress.state.questionStates['mod/q-1']?.card).toBeDefined();
	});
});
