import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';

const people = (...paragraphs: string[]) =>
	analyzed(...paragraphs, ...PADDING)
		.entities.filter((e) => e.kind === 'person')
		.map((e) => [e.name, [...e.aliases].sort()]);

describe('a name the article has speak is a person’s', () => {
	it.each([
		[
			'described by age, then speaking by surname',
			[
				'Berenice Davila, a 19-year-old student from Texas, joined the march.',
				'“All we ask is a permanent solution,” Davila said.'
			]
		],
		['speaking after “said”', ['“We have no news,” said Berenice Davila on Friday.']]
	])('%s', (_, paragraphs) => {
		expect(people(...paragraphs)).toContainEqual([
			'Berenice Davila',
			['Berenice Davila', 'Davila']
		]);
	});

	it.each([
		[
			'an agency',
			'Late Friday, U.S. Customs and Border Protection said it had reunited 500 families.'
		],
		['a group of members', 'Senate Democrats said the bill would fail.'],
		['a name nobody has speak', 'Fortalice Solutions sells software to banks.'],
		[
			'a storm that a forecaster says weakened',
			'Typhoon Dalisay killed 31 people. A forecaster said Dalisay had weakened on Thursday.'
		]
	])('not %s', (_, sentence) => {
		expect(people(sentence)).toEqual([]);
	});

	it('reads a storm’s bare name as the storm', () => {
		const storms = analyzed(
			'Typhoon Dalisay killed 31 people on Tuesday.',
			'A forecaster said Dalisay had weakened on Thursday.',
			...PADDING
		).entities.filter((e) => e.aliases.includes('Dalisay'));
		expect(storms.map((e) => [e.kind, e.name])).toEqual([['name', 'Typhoon Dalisay']]);
	});
});
