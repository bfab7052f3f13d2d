import { describe, expect, it } from 'vitest';
import type { Question } from '../../../quiz/question';
import { formLabel, formOf, formPrior } from './form-prior';
import { measuresWhatMatters } from './number-measure';

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

	it('ranks a “what” or “who” question typed above the same with options from the article', () => {
		const typed = question('short-answer', 'detail', 'What did the council close?');
		const options = question('single-choice', 'detail', 'What did the council close?');
		expect(formPrior(options)).toBeLessThan(formPrior(typed) / 4);
		const who = question('single-choice', 'detail', 'Who closed the bridge?');
		expect(formPrior(who)).toBeLessThan(
			formPrior(question('short-answer', 'detail', 'Who closed the bridge?'))
		);
		expect(formLabel(options)).toBe('what (options)');
		expect(formLabel(typed)).toBe('what (typed)');
	});

	it('reads “Which countries border …? Select all” by its form alone', () => {
		const names = question(
			'multiple-choice',
			'geography',
			'According to the article, which countries border Moldova?'
		);
		expect(formLabel(names)).toBe('doer');
	});
});

describe('what a number measures', () => {
	const gap = (prompt: string, answer: string, evidence: string) =>
		({ ...question('cloze', 'number', prompt, answer), evidence: [evidence] }) as Question;
	const count = (prompt: string, answer: string, evidence: string) =>
		({ ...question('numeric', 'number', prompt, answer), evidence: [evidence] }) as Question;

	it.each([
		['a share', gap('Prices rose _____ in May.', '6%', 'Prices rose 6% in May.')],
		[
			'a share in words',
			gap(
				'About _____ of the tins were sold.',
				'28 percent',
				'About 28 percent of the tins were sold.'
			)
		],
		['money', gap('The repairs cost _____.', '$4.2 million', 'The repairs cost $4.2 million.')],
		[
			'money in words',
			gap('Farmers lost _____ euros.', '900,000', 'Farmers lost 900,000 euros in the spring.')
		],
		[
			'people',
			count('How many people were evacuated?', '1,200 people', 'Some 1,200 people were evacuated.')
		],
		[
			'a toll',
			gap('The blast killed _____ miners.', '14', 'The blast killed 14 miners and injured 20.')
		]
	])('reads %s as a measure teachers keep', (_, asked) => {
		expect(measuresWhatMatters(asked)).toBe(true);
	});

	it.each([
		[
			'sites a survey covered',
			gap('The survey covered _____ sites.', '87', 'The survey covered 87 sites along the coast.')
		],
		[
			'a reading',
			gap(
				'Temperatures climbed to _____ degrees.',
				'41.3',
				'Temperatures climbed to 41.3 degrees in Dhaka.'
			)
		],
		[
			'transits observed',
			gap(
				'The results are based on _____ transits.',
				'four',
				'The results are based on four transits of the planet.'
			)
		]
	])('reads %s as counted in passing', (_, asked) => {
		expect(measuresWhatMatters(asked)).toBe(false);
	});

	it('ranks a number in passing below one that measures, and says which in --explain', () => {
		const passing = gap('The survey covered _____ sites.', '87', 'The survey covered 87 sites.');
		const measured = gap('Prices rose _____ in May.', '6%', 'Prices rose 6% in May.');
		expect(formPrior(passing)).toBeLessThan(formPrior(measured) / 2);
		expect(formLabel(passing)).toBe('number-gap (in passing)');
		expect(formLabel(measured)).toBe('number-gap (measure)');
		// The builder, which knows the amount, decides for a true/false that changes it.
		const statement = question(
			'true-false',
			'number',
			'True or false? The survey covered 80 sites.'
		);
		expect(formPrior(statement, false)).toBeLessThan(formPrior(statement, true));
	});
});
