import { describe, expect, it } from 'vitest';
import { gradeResponse } from '../grade/grade-response';
import { toAttemptGrade } from '../../progress/record/attempt-grade';
import type { Response } from '../question/response';
import type { Question } from '../question/schema';
import { rebuildFeedback } from './rebuild-feedback';

const question: Question = {
	id: 'q-borders',
	type: 'single-choice',
	prompt: 'Which country borders Kazakhstan to the north?',
	options: ['Russia', 'Iran', 'India'],
	correctIndex: 0,
	optionFeedback: [null, 'Iran lies across the Caspian Sea, to the south-west.', null],
	answerText: 'Russia',
	evidence: ['Kazakhstan borders Russia to the north.'],
	sentenceIds: ['p1s1'],
	skill: 'geography',
	difficulty: 'easy'
} as Question;

const chose = (selected: number): Response => ({ type: 'single-choice', selected });

describe('rebuildFeedback', () => {
	it('gives back, for a grade read from progress, the feedback the student saw', () => {
		const fresh = gradeResponse(question, chose(1));
		const kept = toAttemptGrade(fresh);

		expect('feedback' in kept).toBe(false);
		expect(rebuildFeedback(question, chose(1), kept)).toEqual(
			fresh.kind === 'scored' ? fresh.feedback : undefined
		);
	});

	it('keeps the stored verdict when the question was edited since, without a contradicting message', () => {
		const kept = toAttemptGrade(gradeResponse(question, chose(1)));
		const edited = { ...question, correctIndex: 1 } as Question;

		const feedback = rebuildFeedback(edited, chose(1), kept);

		expect(feedback?.verdict).toBe('incorrect');
		expect(feedback?.message).toBe('');
	});

	it('uses a fresh grade’s own feedback as it is', () => {
		const fresh = gradeResponse(question, chose(0));
		expect(rebuildFeedback(question, chose(0), fresh)).toBe(
			fresh.kind === 'scored' ? fresh.feedback : undefined
		);
	});

	it('gives a verdict from the score alone when the response is missing', () => {
		expect(
			rebuildFeedback(question, undefined, { kind: 'scored', score: 0.5, correct: false })
		).toMatchObject({ verdict: 'partly-correct', correctAnswer: 'Russia' });
	});

	it('has no feedback for an unanswered or ungradable answer', () => {
		expect(rebuildFeedback(question, undefined, { kind: 'unanswered' })).toBeUndefined();
		expect(rebuildFeedback(question, chose(0), { kind: 'invalid' })).toBeUndefined();
		expect(rebuildFeedback(question, chose(0), undefined)).toBeUndefined();
	});
});
