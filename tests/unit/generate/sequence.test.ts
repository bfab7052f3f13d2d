import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/lib/generate';
import { sequenceQuestions } from '../../../src/lib/generate/questions/sequence';
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

	it('adds a relative-order question to the quiz of an undated story', () => {
		const quiz = generateQuestions(
			'The unrest began on Sunday, when the price of gas doubled, prompting protesters to take to the streets.\n\nFresh gunfire was heard near the main square earlier on Friday.\n\nThe government has promised to cap fuel prices for six months.'
		);
		expect(quiz.some((q) => q.type === 'ordering' && q.skill === 'sequence')).toBe(true);
	});
});
