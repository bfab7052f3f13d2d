import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { answerTextOf, withAnswerText } from './answer-text';

describe('answerTextOf', () => {
	it('writes the correct option of a single-choice question', () => {
		expect(answerTextOf(make.singleChoice({ options: ['A', 'B', 'C'], correctIndex: 2 }))).toBe(
			'C'
		);
	});

	it('gives an empty answer when no option is marked correct, so the schema reports it', () => {
		expect(answerTextOf(make.singleChoice({ correctIndex: -1 }))).toBe('');
	});

	it('joins correct options with "; " in the order they are listed, not the order ticked', () => {
		const question = make.multipleChoice({ options: ['A', 'B', 'C', 'D'], correctIndexes: [3, 0] });
		expect(answerTextOf(question)).toBe('A; D');
	});

	it('writes "True" or "False" for a true/false question', () => {
		expect(answerTextOf(make.trueFalse({ answer: true }))).toBe('True');
		expect(answerTextOf(make.trueFalse({ answer: false }))).toBe('False');
	});

	it('writes a symbol unit straight after the number', () => {
		expect(answerTextOf(make.numeric({ answer: 3.5, unit: '%' }))).toBe('3.5%');
	});

	it('puts a space between the number and a word unit', () => {
		expect(answerTextOf(make.numeric({ answer: 2500, unit: 'soldiers' }))).toBe('2500 soldiers');
	});

	it('writes just the number when there is no unit', () => {
		expect(answerTextOf(make.numeric({ answer: 2019, unit: undefined }))).toBe('2019');
		expect(answerTextOf(make.numeric({ answer: 2019, unit: '  ' }))).toBe('2019');
	});

	it('uses the first accepted answer of a short-answer or cloze question', () => {
		expect(answerTextOf(make.shortAnswer({ accepted: ['LPG', 'liquefied gas'] }))).toBe('LPG');
		expect(answerTextOf(make.cloze({ accepted: ['Moscow', 'Moskva'] }))).toBe('Moscow');
	});

	it('joins ordering items with "; " in their correct order', () => {
		expect(answerTextOf(make.ordering({ items: ['First', 'Second', 'Third'] }))).toBe(
			'First; Second; Third'
		);
	});

	it('writes matching pairs as "left: right" joined with "; ", as the generator does', () => {
		const question = make.matching({
			pairs: [
				{ left: 'Russia', right: 'Moscow' },
				{ left: 'China', right: 'Beijing' }
			]
		});
		expect(answerTextOf(question)).toBe('Russia: Moscow; China: Beijing');
	});
});

describe('withAnswerText', () => {
	it('replaces a stale answerText and keeps every other field', () => {
		const question = make.singleChoice({ options: ['A', 'B'], correctIndex: 1, answerText: 'A' });
		expect(withAnswerText(question)).toEqual({ ...question, answerText: 'B' });
	});
});
