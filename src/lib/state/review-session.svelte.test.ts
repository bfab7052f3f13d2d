import { describe, expect, it } from 'vitest';
import { multipleChoice, shortAnswer, singleChoice } from '$lib/grade/test-factories';
import type { Grade } from '$lib/question/response';
import type { Question } from '$lib/question/schema';
import { ReviewSession } from './review-session.svelte';

const item = (question: Question) => ({
	key: `mod/${question.id}`,
	slug: 'mod',
	title: 'Module',
	question
});
const items = [
	item(singleChoice({ id: 'q-1' })),
	item(shortAnswer({ id: 'q-2', accepted: ['Russia'], answerText: 'Russia' })),
	item(multipleChoice({ id: 'q-3' }))
];

function sitting() {
	const graded: [string, Grade['kind']][] = [];
	const session = new ReviewSession(items, (key, grade) => graded.push([key, grade.kind]));
	return { session, graded };
}

describe('ReviewSession', () => {
	it('reports each checked answer once, to reschedule its question', () => {
		const { session, graded } = sitting();
		session.setResponse(items[0]!, { type: 'single-choice', selected: 0 });
		session.check();
		session.check();
		expect(graded).toEqual([['mod/q-1', 'scored']]);
	});

	it('reports nothing for an empty answer, which is not a wrong one', () => {
		const { session, graded } = sitting();
		expect(session.check()?.kind).toBe('unanswered');
		expect(graded).toEqual([]);
		expect(session.checkedGrade(items[0]!)).toBeUndefined();
	});

	it('locks an answer once it is checked', () => {
		const { session } = sitting();
		session.setResponse(items[0]!, { type: 'single-choice', selected: 1 });
		session.check();
		session.setResponse(items[0]!, { type: 'single-choice', selected: 0 });
		expect(session.responseFor(items[0]!)).toEqual({ type: 'single-choice', selected: 1 });
	});

	it('tallies right, partly right and wrong answers, leaving skipped ones out', () => {
		const { session } = sitting();
		session.setResponse(items[0]!, { type: 'single-choice', selected: 0 });
		session.check();
		session.next();
		session.next();
		session.setResponse(items[2]!, { type: 'multiple-choice', selected: [0] });
		session.check();
		session.next();
		expect(session.done).toBe(true);
		expect(session.tally).toEqual({ reviewed: 2, right: 1, partly: 1, wrong: 0 });
	});
});
