import { describe, expect, it } from 'vitest';
import * as make from '../question/test-factories';
import { partly, right, wrong } from '../../progress/record/testing/factories';
import {
	explanationQuotesEvidence,
	gradeSymbol,
	messageBeyondVerdict,
	optionMark,
	rightOptions,
	verdictWords
} from './option-marks';

const feedback = (message: string, explanation?: string) => ({
	verdict: 'incorrect' as const,
	message,
	correctAnswer: 'Russia',
	...(explanation ? { explanation } : {})
});

describe('option marks', () => {
	it('marks the student’s right choice, their wrong choice and the right option they missed', () => {
		expect(optionMark(true, true)?.words).toBe('Your answer, right');
		expect(optionMark(true, false)?.words).toBe('Right answer');
		expect(optionMark(false, true)).toMatchObject({ tone: 'wrong', symbol: '✗' });
		expect(optionMark(false, false)).toBeUndefined();
	});

	it('finds the right options of each choice type', () => {
		expect(rightOptions(make.singleChoice({ correctIndex: 2 }))).toEqual([2]);
		expect(rightOptions(make.trueFalse({ answer: false }))).toEqual([1]);
		expect(rightOptions(make.shortAnswer())).toEqual([]);
	});
});

describe('one verdict, the evidence once', () => {
	it('drops a message that only repeats the verdict', () => {
		expect(verdictWords(feedback('Not quite.'))).toBe('Not right');
		expect(messageBeyondVerdict(feedback('Not quite.'))).toBeUndefined();
		expect(messageBeyondVerdict(feedback('Close: check the spelling of “Rusia”.'))).toMatch(
			/spelling/
		);
	});

	it('shows the evidence quote only when the explanation does not already quote it', () => {
		const sentence = 'Kazakhstan borders Russia and China.';
		expect(
			explanationQuotesEvidence(feedback('x', `The article says: “${sentence}”`), [sentence])
		).toBe(true);
		expect(explanationQuotesEvidence(feedback('x', 'Look at the map.'), [sentence])).toBe(false);
		expect(explanationQuotesEvidence(feedback('x'), [])).toBe(false);
	});
});

describe('gradeSymbol', () => {
	it('marks right, partly right, not right, unmarkable and unanswered answers', () => {
		expect(gradeSymbol(right())).toBe('✓');
		expect(gradeSymbol(partly())).toBe('◐');
		expect(gradeSymbol(wrong())).toBe('✗');
		expect(gradeSymbol({ kind: 'invalid', message: 'not a number' })).toBe('✗');
		expect(gradeSymbol({ kind: 'unanswered' })).toBe('–');
		expect(gradeSymbol(undefined)).toBe('–');
	});
});
