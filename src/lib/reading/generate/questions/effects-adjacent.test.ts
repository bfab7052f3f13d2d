import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { adjacentRelations } from './effects-adjacent';

const relationsOf = (...paragraphs: string[]) =>
	adjacentRelations(analyzed(...paragraphs)).map((r) => ({
		cause: r.cause,
		effect: r.effect,
		prompt: r.prompt,
		evidence: r.evidence?.map((s) => s.id)
	}));

describe('adjacentRelations', () => {
	it('reads the sentence before “As a result” as the cause, without its opener', () => {
		expect(
			relationsOf(
				'On Monday, the government lifted the price cap on fuel.',
				'As a result, thousands of people took to the streets.',
				...PADDING
			)
		).toEqual([
			{
				cause: 'the government lifted the price cap on fuel',
				effect: 'thousands of people took to the streets',
				prompt: 'Why did thousands of people take to the streets?',
				evidence: ['p1s1', 'p2s1']
			}
		]);
	});

	it.each([
		[
			'a quotation as the cause',
			[
				'“We lifted the cap,” the minister said.',
				'As a result, thousands of people took to the streets.'
			]
		],
		[
			'no result connective',
			['The government lifted the cap.', 'Thousands of people took to the streets.']
		],
		[
			'a question as the cause',
			[
				'Why did the government lift the cap?',
				'As a result, thousands of people took to the streets.'
			]
		]
	])('finds nothing with %s', (_, paragraphs) => {
		expect(relationsOf(...paragraphs, ...PADDING)).toEqual([]);
	});
});
