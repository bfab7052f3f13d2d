import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../quiz/question/schema';
import { blankQuestion, emptyQuestion, newQuestionId } from './blank-question';
import { withAnswerText } from './answer-text';
import { checkQuestion } from './check-question';

describe('blankQuestion', () => {
	it.each(QUESTION_TYPES)('starts a valid %s question the teacher wrote', (type) => {
		const question = blankQuestion(type, 'own-1');
		expect(checkQuestion(question)).toEqual({ ok: true, value: question });
		expect(question).toMatchObject({ id: 'own-1', type, origin: 'authored', evidence: [] });
	});

	it('fills answerText from the placeholder answer', () => {
		expect(blankQuestion('single-choice', 'own-1').answerText).toBe('Option 1');
		expect(blankQuestion('ordering', 'own-1').answerText).toBe(
			'First event; Second event; Third event'
		);
	});

	it('picks a skill that fits the type', () => {
		expect(blankQuestion('numeric', 'own-1').skill).toBe('number');
		expect(blankQuestion('ordering', 'own-1').skill).toBe('sequence');
	});
});

describe('newQuestionId', () => {
	it('starts at own-1 when no question was written by hand', () => {
		expect(newQuestionId([{ id: 'q-0a1b2c3d' }])).toBe('own-1');
		expect(newQuestionId([])).toBe('own-1');
	});

	it('takes one more than the highest own number, skipping gaps', () => {
		expect(newQuestionId([{ id: 'own-1' }, { id: 'own-4' }, { id: 'own-2' }])).toBe('own-5');
	});

	it('ignores ids that only look alike', () => {
		expect(newQuestionId([{ id: 'own-3x' }, { id: 'my-own-9' }])).toBe('own-1');
	});
});

describe('emptyQuestion', () => {
	it.each(QUESTION_TYPES.filter((type) => type !== 'true-false' && type !== 'numeric'))(
		'starts a %s question that cannot be saved until it is written',
		(type) => {
			const result = checkQuestion(withAnswerText(emptyQuestion(type, 'own-1')));
			expect(result.ok).toBe(false);
		}
	);
});
