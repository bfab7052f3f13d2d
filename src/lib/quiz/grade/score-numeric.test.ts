import { describe, expect, it } from 'vitest';
import { scoreNumeric } from './score-numeric';
import { numeric } from '../question/test-factories';

const grade = (text: string, over: Parameters<typeof numeric>[0] = {}) =>
	scoreNumeric(numeric(over), { type: 'numeric', text });

describe('scoreNumeric', () => {
	it.each(['3', '3%', '3 %', '3 percent', '3 per cent', '3.0', ' 3 '])(
		'accepts "%s" for 3%%',
		(text) => {
			expect(grade(text)).toMatchObject({ kind: 'scored', score: 1, correct: true });
		}
	);

	it('accepts "three percent" and says how it was read', () => {
		expect(grade('three percent')).toMatchObject({
			kind: 'scored',
			correct: true,
			feedback: { message: "Correct — we read 'three percent' as 3." }
		});
	});

	it.each(['2,500 soldiers', '2500', '2 500', 'two thousand five hundred'])(
		'accepts "%s" for 2,500 soldiers',
		(text) => {
			const result = grade(text, { answer: 2500, unit: 'soldiers', answerText: '2,500 soldiers' });

			expect(result).toMatchObject({ kind: 'scored', correct: true });
		}
	);

	it('accepts an answer within the tolerance and says it is close enough', () => {
		const result = grade('52', { answer: 50, tolerance: 2 });

		expect(result).toMatchObject({
			kind: 'scored',
			correct: true,
			feedback: { message: 'Correct — close enough to 50.' }
		});
	});

	it('marks an answer just outside the tolerance wrong', () => {
		expect(grade('52.5', { answer: 50, tolerance: 2 })).toMatchObject({
			kind: 'scored',
			score: 0,
			feedback: { verdict: 'incorrect', correctAnswer: '3%' }
		});
	});

	it('absorbs floating-point noise at the edge of the tolerance', () => {
		expect(grade('0.3', { answer: 0.1, tolerance: 0.2 })).toMatchObject({ correct: true });
	});

	it('accepts negative numbers and decimals', () => {
		expect(grade('-2.5', { answer: -2.5, unit: undefined })).toMatchObject({ correct: true });
		expect(grade('minus 2.5', { answer: -2.5, unit: undefined })).toMatchObject({ correct: true });
	});

	it('reads "2.5 million" and "2,500,000" as 2.5 when the unit is "million people"', () => {
		const question = { answer: 2.5, unit: 'million people' };

		expect(grade('2.5 million', question)).toMatchObject({ correct: true });
		expect(grade('2,500,000 people', question)).toMatchObject({ correct: true });
		expect(grade('2.5', question)).toMatchObject({ correct: true });
	});

	it('asks for a number when the answer is not one', () => {
		expect(grade('lots')).toEqual({ kind: 'invalid', message: 'Type a number, like 12 or 3.5.' });
	});

	it('asks about a decimal comma instead of guessing', () => {
		expect(grade('3,5')).toMatchObject({ kind: 'invalid' });
	});

	it('leaves an empty or all-space answer unanswered', () => {
		expect(grade('')).toEqual({ kind: 'unanswered' });
		expect(grade('   ')).toEqual({ kind: 'unanswered' });
	});
	it('asks for a number when the answer is only emoji', () => {
		expect(grade('🔥🔥')).toMatchObject({ kind: 'invalid' });
	});

	it('grades 100 KB of input quickly', () => {
		const text = `${'1,000 '.repeat(16_000)}soldiers`;

		const start = performance.now();
		const result = grade(text);

		expect(result).toEqual({ kind: 'invalid', message: 'Type just one number, like 12 or 3.5.' });
		expect(performance.now() - start).toBeLessThan(500);
	});
});
