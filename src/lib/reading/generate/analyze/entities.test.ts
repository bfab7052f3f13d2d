import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { findMentions } from './entities';

const mentionsIn = (sentence: string) =>
	findMentions(analyzed(sentence).sentences[0]!).map((m) => ({
		kind: m.kind,
		text: m.text,
		...(m.title === undefined ? {} : { title: m.title }),
		...(m.appositive === undefined ? {} : { appositive: m.appositive })
	}));

describe('findMentions', () => {
	it.each([
		[
			'FBI Director James Comey met Mr. Tokayev in Russia.',
			[
				{ kind: 'person', text: 'James Comey', title: 'FBI Director' },
				{ kind: 'person', text: 'Tokayev' },
				{ kind: 'country', text: 'Russia' }
			]
		],
		[
			'Brookings Institution fellow Molly Reynolds wrote to the UN.',
			[
				{ kind: 'person', text: 'Molly Reynolds', title: 'Brookings Institution fellow' },
				{ kind: 'organization', text: 'UN' }
			]
		],
		[
			"Michael Horowitz, the department's inspector general, said so.",
			[
				{
					kind: 'person',
					text: 'Michael Horowitz',
					appositive: "the department's inspector general"
				}
			]
		],
		[
			'The President spoke at the Justice Department.',
			[{ kind: 'organization', text: 'Justice Department' }]
		],
		[
			'The Trump administration and the U.S. Supreme Court disagreed.',
			[{ kind: 'organization', text: 'U.S. Supreme Court' }]
		],
		[
			'The mayor told House Republicans the vote would pass.',
			[{ kind: 'organization', text: 'House Republicans' }]
		],
		// Things and places named like people are not people.
		[
			'The James Webb Space Telescope watched the star.',
			[{ kind: 'name', text: 'James Webb Space Telescope' }]
		],
		['The Ariel mission will launch soon.', []],
		[
			'Traffic stopped on the Pan-American Highway.',
			[{ kind: 'place', text: 'Pan-American Highway' }]
		],
		[
			'Supporters gathered in Plaza de la Democracia on Sunday.',
			[{ kind: 'place', text: 'Plaza de la Democracia' }]
		],
		['Boats crossed Lake Victoria.', [{ kind: 'place', text: 'Lake Victoria' }]],
		// A particle inside a name keeps it whole.
		[
			'Governor Ramon de Leon Castillo spoke in Manila.',
			[
				{ kind: 'person', text: 'Ramon de Leon Castillo', title: 'Governor' },
				{ kind: 'place', text: 'Manila' }
			]
		],
		// A country's people and a month are no one.
		['Many Costa Ricans voted early.', []],
		[
			'"The language was more cautious than in June," said Marisol Tan.',
			[{ kind: 'person', text: 'Marisol Tan' }]
		],
		// A company's name ends in what it is; a route's in "Line" after a colour.
		[
			'Trains on the Ruby Line were delayed, Nordvik Shipping said.',
			[
				{ kind: 'name', text: 'Ruby Line' },
				{ kind: 'organization', text: 'Nordvik Shipping' }
			]
		],
		// A storm is named like a person, but is none.
		[
			'Typhoon Dalisay killed 31 people, Governor Cecilia Bautista said.',
			[
				{ kind: 'name', text: 'Typhoon Dalisay' },
				{ kind: 'person', text: 'Cecilia Bautista', title: 'Governor' }
			]
		],
		['Nothing here.', []]
	])('finds the mentions of %j', (sentence, expected) => {
		expect(mentionsIn(sentence)).toEqual(expected);
	});

	it('gives each mention the span it names', () => {
		const sentence = analyzed('FBI Director James Comey met Mr. Tokayev.').sentences[0]!;
		const spans = findMentions(sentence).map((m) => sentence.text.slice(m.start, m.end));
		expect(spans).toEqual(['James Comey', 'Tokayev']);
	});
});

describe('a possessive inside a name', () => {
	it('keeps "Mongolian People’s Party" whole', () => {
		expect(
			mentionsIn("Two lawmakers from the ruling Mongolian People's Party broke ranks on Friday.")
		).toEqual([{ kind: 'organization', text: "Mongolian People's Party" }]);
	});
});
