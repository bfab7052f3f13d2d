import { describe, expect, it } from 'vitest';
import { scoreShortAnswer } from './score-short-answer';
import { shortAnswer } from '../question/test-factories';

const grade = (text: string, over: Parameters<typeof shortAnswer>[0] = {}) =>
	scoreShortAnswer(shortAnswer(over), { type: 'short-answer', text });

describe('scoreShortAnswer', () => {
	it('accepts "Rusia" for "Russia"', () => {
		expect(grade('Rusia')).toMatchObject({ kind: 'scored', correct: true });
	});

	it('accepts an alias listed among the accepted answers', () => {
		const result = grade('lpg', { accepted: ['liquefied petroleum gas', 'LPG'] });

		expect(result).toMatchObject({ kind: 'scored', correct: true });
	});

	it('marks a different answer wrong and gives the correct answer and explanation', () => {
		const result = grade('China', { explanation: 'The article says Russia.' });

		expect(result).toEqual({
			kind: 'scored',
			score: 0,
			correct: false,
			feedback: {
				verdict: 'incorrect',
				message: 'Not quite.',
				correctAnswer: 'Russia',
				explanation: 'The article says Russia.'
			}
		});
	});

	it('accepts an accepted answer that is itself a number, written in words', () => {
		const result = grade('twenty thousand', { accepted: ['20,000'], answerText: '20,000' });

		expect(result).toMatchObject({ kind: 'scored', correct: true });
	});

	it('leaves only spaces unanswered', () => {
		expect(grade('    ')).toEqual({ kind: 'unanswered' });
	});
});

describe('short answers with rejected answers from the article', () => {
	it('keeps a misspelt other answer wrong even within typo distance', () => {
		const over = { accepted: ['Russia'], answerText: 'Russia', rejected: ['China'] };
		expect(grade('Rusia', over)).toMatchObject({ correct: true });
		expect(grade('Chna', over)).toMatchObject({ correct: false });
		expect(grade('China', over)).toMatchObject({ correct: false });
	});
});
