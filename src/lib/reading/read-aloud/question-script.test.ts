import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { shuffledIndexes } from '../../core/random/shuffle';
import { questionScript } from './question-script';

const texts = (items: { text: string }[]) => items.map((item) => item.text);

describe('questionScript', () => {
	it('reads a single-choice prompt, then each option with its letter', () => {
		const script = questionScript(make.singleChoice({ prompt: 'Who sent troops?' }));

		expect(texts(script)).toEqual([
			'Who sent troops?',
			'Option A: Russia',
			'Option B: China',
			'Option C: India'
		]);
	});

	it('reads shuffled options in the order on screen, lettered by position', () => {
		const script = questionScript(make.singleChoice(), { optionOrder: [2, 0, 1] });

		expect(texts(script).slice(1)).toEqual([
			'Option A: India',
			'Option B: Russia',
			'Option C: China'
		]);
		expect(script[1]?.id).toBe('option-2');
	});

	it('falls back to the stored order when the display order does not fit the options', () => {
		const script = questionScript(make.singleChoice(), { optionOrder: [0, 0, 5] });

		expect(texts(script).slice(1)).toEqual([
			'Option A: Russia',
			'Option B: China',
			'Option C: India'
		]);
	});

	it('tells a multiple-choice question to choose every answer that applies', () => {
		const script = questionScript(make.multipleChoice(), { optionOrder: [3, 2, 1, 0] });

		expect(texts(script)).toEqual([
			'Question?',
			'Choose every answer that applies.',
			'Option A: Kazakhstan',
			'Option B: India',
			'Option C: China',
			'Option D: Russia'
		]);
	});

	it('reads a true-false statement with its two options', () => {
		const script = questionScript(make.trueFalse({ prompt: 'Prices doubled.' }));

		expect(texts(script)).toEqual([
			'Prices doubled.',
			'Is this statement true or false, according to the article?',
			'Option A: True',
			'Option B: False'
		]);
	});

	it('names a numeric answer’s optional unit, and leaves it out when there is none', () => {
		expect(texts(questionScript(make.numeric({ unit: 'soldiers' })))[1]).toBe(
			'Type a number; the unit, soldiers, is optional.'
		);
		expect(texts(questionScript(make.numeric({ unit: undefined })))[1]).toBe('Type a number.');
	});

	it('reads a short-answer prompt with how to answer it', () => {
		expect(texts(questionScript(make.shortAnswer({ prompt: 'What doubled?' })))).toEqual([
			'What doubled?',
			'Type your answer in a word or a few words.'
		]);
	});

	it('says "blank" where a cloze prompt has its gap', () => {
		const script = questionScript(make.cloze());

		expect(texts(script)).toEqual([
			'Fill in the missing word or words.',
			'The pipeline runs from blank to China.'
		]);
	});

	it('reads ordering items as the student has arranged them', () => {
		const script = questionScript(make.ordering(), { itemOrder: [2, 0, 1] });

		expect(texts(script).slice(2)).toEqual([
			'Item 1: Gas started to flow',
			'Item 2: Talks began',
			'Item 3: A deal was signed'
		]);
	});

	it('never reads ordering items in their stored (correct) order when no arrangement is given', () => {
		const question = make.ordering();
		const expected = shuffledIndexes(question.items.length, question.id).map(
			(index) => question.items[index]
		);

		const read = texts(questionScript(question)).slice(2);

		expect(read.map((text) => text.replace(/^Item \d: /, ''))).toEqual(expected);
		expect(expected).not.toEqual(question.items);
	});

	it('reads each matching item, then the choices in the quiz’s shuffled order', () => {
		const question = make.matching();
		const choices = shuffledIndexes(3, 'matching-right').map(
			(index) => question.pairs[index]?.right
		);

		const script = texts(questionScript(question));

		expect(script.slice(0, 5)).toEqual([
			'Question?',
			'For each item on the left, choose its match.',
			'Item 1: Russia',
			'Item 2: China',
			'Item 3: India'
		]);
		expect(script[5]).toBe(`The choices are: ${choices.join('; ')}.`);
	});

	it('letters options past Z with numbers', () => {
		const options = Array.from({ length: 27 }, (_, i) => `Choice ${i}`);

		const script = questionScript(make.singleChoice({ options }));

		expect(script[26]?.text).toBe('Option Z: Choice 25');
		expect(script[27]?.text).toBe('Option 27: Choice 26');
	});
});
