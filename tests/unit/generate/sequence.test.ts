import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/lib/reading/generate';
import { sequenceQuestions } from '../../../src/lib/reading/generate/questions/sequence';
import { analyzed, PADDING } from './helpers';

const orderingOf = (...paragraphs: string[]) =>
	sequenceQuestions(analyzed(...paragraphs))
		.map((c) => c.draft)
		.find((q) => q.type === 'ordering');

describe('ordering from relative cues', () => {
	it.each([
		[
			'a beginning on a weekday, what it set off, and a later weekday',
			[
				'The unrest began on Sunday, when the price of gas doubled, prompting protesters to take to the streets.',
				'Fresh gunfire was heard near the main square earlier on Friday.',
				'Officials said talks would continue next month.'
			],
			[
				'The price of gas doubled',
				'Protesters took to the streets',
				'Fresh gunfire was heard near the main square'
			]
		],
		[
			'weekdays counted from the day the story began, not from Monday',
			[
				'The strike began on Thursday, when drivers walked out of the depot, forcing the city to cancel buses.',
				'Union leaders met the mayor on Saturday.',
				'Talks with the company resumed on Monday.'
			],
			[
				'Drivers walked out of the depot',
				'The city cancelled buses',
				'Union leaders met the mayor',
				'Talks with the company resumed'
			]
		]
	])('orders %s', (_name, paragraphs, expected) => {
		expect(
			orderingOf(...paragraphs)?.type === 'ordering' && orderingOf(...paragraphs)?.answerText
		).toBe(expected.join('; '));
	});

	it.each([
		[
			'weekdays without a beginning',
			['Talks resumed on Monday.', 'Union leaders met the mayor on Saturday.', ...PADDING]
		],
		[
			'a beginning without a weekday and nothing after it',
			['The unrest began when the price of gas doubled.', ...PADDING]
		]
	])('asks no ordering for %s: the order is not stated', (_name, paragraphs) => {
		expect(orderingOf(...paragraphs)).toBeUndefined();
	});
});

const itemsOf = (...paragraphs: string[]) => {
	const q = orderingOf(...paragraphs);
	return q?.type === 'ordering' ? q.items : undefined;
};

describe('ordering from dates and stated order', () => {
	it.each([
		[
			'floods: dates across years, compared as spans (2019 is before March 2023)',
			[
				'A smaller flood in January 2016 damaged 300 homes in the valley.',
				'The river reached its highest level on 12 March 2023.',
				'The council built new flood walls in 2019.',
				'The main bridge reopened on 15 March 2023.'
			],
			[
				'A smaller flood damaged 300 homes in the valley',
				'The council built new flood walls',
				'The river reached the highest level',
				'The main bridge reopened'
			]
		],
		[
			'strikes: "after" and "before" chain three events',
			[
				'Bus drivers walked out after the company cut their wages.',
				'Bus drivers walked out before the mayor called a meeting with union leaders.'
			],
			[
				'The company cut the wages',
				'Bus drivers walked out',
				'The mayor called a meeting with union leaders'
			]
		],
		[
			'courts: "later" and "then" follow the sentence before',
			[
				'Prosecutors charged the bank manager with fraud in the spring.',
				'The judge later refused bail for the bank manager.',
				'Then the defence lawyers appealed to the high court.'
			],
			[
				'Prosecutors charged the bank manager with fraud in the spring',
				'The judge refused bail for the bank manager',
				'The defence lawyers appealed to the high court'
			]
		],
		[
			'elections: "by the time", then "then" and "later" after the sentence before',
			[
				'By the time the polls closed, voters had waited in line for five hours.',
				'Officials then counted the ballots in the main hall.',
				'The electoral commission later announced the result.'
			],
			[
				'Voters had waited in line for five hours',
				'Officials counted the ballots in the main hall',
				'The electoral commission announced the result'
			]
		]
	])('orders %s', (_name, paragraphs, expected) => {
		expect(itemsOf(...paragraphs)).toEqual(expected);
	});

	it.each([
		[
			'events told in order but with no cue: news is not chronological',
			[
				'Heavy rain flooded the market square.',
				'Firefighters rescued twelve people from their roofs.',
				'The council opened a shelter in the school.',
				...PADDING
			]
		],
		[
			'a year and a month of that year: 2022 is not before March 2022',
			[
				'The company lost money in 2022.',
				'The chief executive resigned in March 2022.',
				'Investors sold their shares in 2022.'
			]
		],
		[
			'a month without a year far from any year: it is not put after 2016',
			[
				'The dam was built in 2016.',
				'Engineers inspected the dam walls carefully.',
				'Officials met the engineers for a long time.',
				'Cracks appeared in the walls in March.',
				'The town closed the dam road in April.'
			]
		]
	])('asks no ordering for %s', (_name, paragraphs) => {
		expect(orderingOf(...paragraphs)).toBeUndefined();
	});

	it('gives single clauses of at most 12 words, with no pronoun, no attribution and no date', () => {
		const items =
			itemsOf(
				'In March 2020, the workers at the steel plant, led by a new union, went on strike, officials said.',
				'He resigned in May 2020.',
				'The plant closed in June 2020 and the owners sold the land to a developer from the capital city in 2021.',
				'Mayor Ann Lee, who joined the council in 2018, criticised the sale.',
				'The developer built houses on the site in 2023.'
			) ?? [];
		expect(items.length).toBeGreaterThanOrEqual(3);
		for (const item of items) {
			expect(item.split(' ').length).toBeLessThanOrEqual(12);
			expect(item).not.toMatch(/\b(?:he|she|it|they|his|her|its|their|said)\b|,|20\d\d/i);
		}
	});
});

describe('true/false on "A after B"', () => {
	it('states the order the article gives, or swaps it for "before" when false', () => {
		const questions = sequenceQuestions(
			analyzed(
				'Chairman Robert Hale resigned after shareholders voted against his re-election.',
				...PADDING
			)
		).map((c) => c.draft);
		const question = questions.find((q) => q.type === 'true-false');
		expect(question?.prompt).toMatch(
			/^True or false\? According to the article, chairman Robert Hale resigned (after|before) shareholders voted against his re-election\.$/
		);
		expect(question?.type === 'true-false' && question.answer).toBe(
			/ after /.test(question!.prompt)
		);
	});

	it('states no event cut short before a relative clause', () => {
		const prompts = sequenceQuestions(
			analyzed(
				'The police announcement came after the mayor ended a scheme known as "park and ride," under which drivers left cars outside town.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /\bunder\.$/.test(p))).toEqual([]);
	});

	it('adds a relative-order question to the quiz of an undated story', () => {
		const quiz = generateQuestions(
			'The unrest began on Sunday, when the price of gas doubled, prompting protesters to take to the streets.\n\nFresh gunfire was heard near the main square earlier on Friday.\n\nThe government has promised to cap fuel prices for six months.'
		);
		expect(quiz.some((q) => q.type === 'ordering' && q.skill === 'sequence')).toBe(true);
	});
});
