import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { splitClauses } from '../analyze/clauses';
import { whenQuestion, withinOneAnother } from './wh-when';

const asked = (text: string) => {
	const article = analyzed(text, ...PADDING);
	const sentence = article.sentences[0]!;
	return splitClauses(sentence)
		.flatMap((clause) => whenQuestion(article, sentence, clause))
		.map((c) => [c.draft.type, c.draft.prompt, c.draft.answerText]);
};

describe('whenQuestion', () => {
	it.each([
		[
			'The court ruled on the travel ban in June 2017.',
			[['short-answer', 'When did the court rule on the travel ban?', 'June 2017']]
		],
		[
			'The final vote was on 4 March 2021.',
			[['short-answer', 'When was the final vote?', '4 March 2021']]
		],
		[
			'The bridge reopened on 15 March 2023 after engineers checked it.',
			[['short-answer', 'When did the bridge reopen?', '15 March 2023']]
		]
	])('asks when of %j', (text, expected) => {
		expect(asked(text)).toEqual(expected);
	});

	it.each([
		['a weekday', 'The council approved the plan on Monday.'],
		['an opener date without a comma', 'On Monday the council approved the plan.'],
		['no date', 'The council approved the plan.'],
		[
			'a date inside the noun phrase after a bare “was”',
			'The spark for the strike was a pay cut by the port board in January 2023.'
		]
	])('asks nothing for %s', (_, text) => {
		expect(asked(text)).toEqual([]);
	});
});

describe('whenQuestion options', () => {
	it('offers no date inside the answer: "Sept. 1" is in "September"', () => {
		const article = analyzed(
			'The petition was filed in September by a traders union.',
			'The tax took effect on Sept. 1 and was halted in January.',
			'Parliament passed the law in June after a short debate.',
			...PADDING
		);
		const sentence = article.sentences[0]!;
		const [question] = splitClauses(sentence).flatMap((clause) =>
			whenQuestion(article, sentence, clause)
		);
		if (question?.draft.type !== 'single-choice') throw new Error('no choice of dates');
		expect(question.draft.answerText).toBe('September');
		expect(question.draft.options).not.toContain('Sept. 1');
	});

	it.each([
		['Sept. 1', 'September', true],
		['March 2017', '2017', true],
		['January 14', 'January', true],
		['March 5', '2012', false],
		['June', 'September', false],
		['2016', '2017', false]
	])('reads %j and %j as one within the other: %s', (a, b, within) => {
		const at = (date: string) => (/\p{L}+\.? \d/u.test(date) ? `on ${date}` : `in ${date}`);
		const dates = analyzed(
			`The first vote was held ${at(a)}.`,
			`The second vote was held ${at(b)}.`
		).dates;
		const [x, y] = [dates.find((d) => d.text === a), dates.find((d) => d.text === b)];
		if (!x || !y) throw new Error(`dates not read: ${dates.map((d) => d.text)}`);
		expect(withinOneAnother(x, y)).toBe(within);
	});
});
