import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { splitClauses } from '../analyze/clauses';
import { whenQuestion } from './wh-when';

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
