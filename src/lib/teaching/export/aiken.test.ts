import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { toAiken } from './aiken';

describe('toAiken', () => {
	it('writes a single-choice question as the question line, lettered options and ANSWER', () => {
		const question = make.singleChoice({
			prompt: 'Where does the gas come from?',
			correctIndex: 1
		});

		expect(toAiken([question])).toEqual({
			text: 'Where does the gas come from?\nA. Russia\nB. China\nC. India\nANSWER: B\n',
			skipped: []
		});
	});

	it('writes a true/false question as options True and False', () => {
		const { text } = toAiken([make.trueFalse({ prompt: 'Gas flows east.', answer: false })]);

		expect(text).toBe('Gas flows east.\nA. True\nB. False\nANSWER: B\n');
	});

	it('flattens line breaks in the question and the options, and leaves GIFT characters alone', () => {
		const question = make.singleChoice({
			prompt: 'First line\n\n  {second} = #2?',
			options: ['New\r\nDelhi', 'a:b~c']
		});

		expect(toAiken([question]).text).toBe(
			'First line {second} = #2?\nA. New Delhi\nB. a:b~c\nANSWER: A\n'
		);
	});

	it('separates questions with a blank line, one block per question kept', () => {
		const { text } = toAiken([
			make.trueFalse({ prompt: 'One.' }),
			make.shortAnswer(),
			make.trueFalse({ prompt: 'Two.' })
		]);

		expect(text.trimEnd().split('\n\n')).toEqual([
			'One.\nA. True\nB. False\nANSWER: A',
			'Two.\nA. True\nB. False\nANSWER: A'
		]);
	});

	it('skips every type but single-choice and true/false, and says why', () => {
		const reason = 'Aiken only holds questions with one right option.';
		const { text, skipped } = toAiken([
			make.multipleChoice(),
			make.numeric(),
			make.shortAnswer(),
			make.cloze(),
			make.ordering(),
			make.matching()
		]);

		expect(text).toBe('');
		expect(skipped).toEqual([
			{ id: 'multiple', type: 'multiple-choice', reason },
			{ id: 'numeric', type: 'numeric', reason },
			{ id: 'short', type: 'short-answer', reason },
			{ id: 'cloze', type: 'cloze', reason },
			{ id: 'ordering', type: 'ordering', reason },
			{ id: 'matching', type: 'matching', reason }
		]);
	});

	it('skips a question with more than 26 options', () => {
		const options = Array.from({ length: 27 }, (_, i) => `Option ${i}`);

		expect(toAiken([make.singleChoice({ options })]).skipped).toEqual([
			{
				id: 'single',
				type: 'single-choice',
				reason: 'Aiken allows at most 26 options; this has 27.'
			}
		]);
	});

	it.each(['A. Smith said what?', 'B) Which one?', 'ANSWER: the question'])(
		'skips a question text that would read as an option or answer line: %s',
		(prompt) => {
			expect(toAiken([make.trueFalse({ prompt })]).skipped).toHaveLength(1);
		}
	);
});
