import { describe, expect, it } from 'vitest';
import type { Question } from '../../../quiz/question';
import { formOf, formPrior } from './form-prior';

const question = (
	type: Question['type'],
	skill: Question['skill'],
	prompt: string,
	answerText = 'the port'
) => ({ type, skill, prompt, answerText }) as Question;

describe('formOf', () => {
	it.each([
		[
			question(
				'single-choice',
				'main-idea',
				'Which statement best sums up what the article is mainly about?'
			),
			'summary'
		],
		[
			question(
				'single-choice',
				'vocabulary',
				'In paragraph 2, the word “roughly” is closest in meaning to…'
			),
			'word'
		],
		[
			question('short-answer', 'detail', 'According to the article, who said: “We will reopen”?'),
			'speaker'
		],
		[
			question(
				'single-choice',
				'detail',
				'According to the article, which of these did Ana Ruiz say?'
			),
			'speaker'
		],
		[question('short-answer', 'cause-effect', 'Why did the council close the bridge?'), 'cause'],
		[question('cloze', 'cause-effect', 'The bridge closed because of _____.'), 'name-gap'],
		[question('true-false', 'number', 'True or false? The storm killed 12 people.'), 'true-false'],
		[
			question(
				'multiple-choice',
				'detail',
				'According to the article, which of these statements are true?'
			),
			'statements'
		],
		[
			question(
				'multiple-choice',
				'geography',
				'According to the article, which countries border Moldova?'
			),
			'doer'
		],
		[question('numeric', 'number', 'How many ships were waiting?', '38'), 'count'],
		[question('short-answer', 'detail', 'When did the strike begin?', 'March 12'), 'date'],
		[question('cloze', 'sequence', 'The strike began on _____.', 'March 12'), 'date-gap'],
		[question('cloze', 'number', 'The storm killed _____ people.', '12'), 'number-gap'],
		[
			question('cloze', 'detail', 'The _____ said the port would reopen.', 'harbour board'),
			'name-gap'
		],
		[question('single-choice', 'detail', 'Who closed the bridge?', 'the council'), 'doer'],
		[question('short-answer', 'detail', 'What did the council close?', 'the bridge'), 'what']
	])('%#: reads the form of a question', (asked, form) => {
		expect(formOf(asked)).toBe(form);
	});
});

describe('formPrior', () => {
	it('ranks the forms teachers keep above those they drop', () => {
		const speaker = formPrior(question('short-answer', 'detail', 'Who said: “We will reopen”?'));
		const what = formPrior(question('short-answer', 'detail', 'What did the council close?'));
		const date = formPrior(question('short-answer', 'detail', 'When did it begin?', 'March 12'));
		expect(speaker).toBeGreaterThan(1);
		expect(what).toBeLessThan(1);
		expect(date).toBeLessThan(what);
	});
});
