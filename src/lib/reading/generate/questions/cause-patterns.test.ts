import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { cleanClause, findCauseRelations } from './cause-patterns';

const relationsIn = (sentence: string) =>
	findCauseRelations(analyzed(sentence)).map((r) => ({
		cause: r.cause,
		effect: r.effect,
		prompt: r.prompt,
		result: r.result,
		causeIsClause: r.causeIsClause
	}));

describe('findCauseRelations', () => {
	it('asks nothing of an effect cut before what it was prompted to do', () => {
		const prompts = relationsIn(
			'Demand has grown steadily amid a tourism boom, prompting the city to plan further expansion in order to reduce car traffic in the centre.'
		).map((r) => r.prompt);
		expect(prompts).not.toContain('According to the article, what prompted the city?');
	});

	it.each([
		['Food prices rose by 6% because of the war.', 'Why did food prices rise by 6%?'],
		[
			'Oil prices fell sharply in May because of the drought.',
			'Why did oil prices fall sharply in May?'
		]
	])('asks why a price moved: “%s”', (sentence, prompt) => {
		expect(relationsIn(sentence).map((r) => r.prompt)).toContain(prompt);
	});

	it.each([
		[
			'The protests were sparked by a sharp rise in fuel prices.',
			{
				cause: 'a sharp rise in fuel prices',
				effect: 'protests',
				prompt: 'According to the article, what sparked the protests?',
				result: undefined,
				causeIsClause: false
			}
		],
		[
			'The price of LPG doubled, prompting protests across the country.',
			{
				cause: 'The price of LPG doubled',
				effect: 'protests across the country',
				prompt: 'According to the article, what prompted protests across the country?',
				result: undefined,
				causeIsClause: true
			}
		],
		[
			'The fire led to the closure of the main road.',
			{
				cause: 'The fire',
				effect: 'the closure of the main road',
				prompt: 'According to the article, what led to the closure of the main road?',
				result: 'the closure of the main road',
				causeIsClause: false
			}
		],
		[
			'The unrest began when the government lifted a price cap on fuel.',
			{
				cause: 'the government lifted a price cap on fuel',
				effect: 'the unrest',
				prompt: 'According to the article, what triggered the unrest?',
				result: 'the unrest began',
				causeIsClause: true
			}
		],
		[
			'The researchers say the difference is due to the way the study was run.',
			{
				cause: 'the way the study was run',
				effect: 'the difference',
				prompt: 'According to the article, what is the difference due to?',
				result: undefined,
				causeIsClause: false
			}
		]
	])('reads the cause in %j', (sentence, expected) => {
		expect(relationsIn(sentence)).toEqual([expected]);
	});

	it.each(['Nothing caused anything here.', 'The story began when I was young.'])(
		'finds no cause in %j',
		(sentence) => {
			expect(relationsIn(sentence)).toEqual([]);
		}
	);
});

describe('cleanClause', () => {
	it.each([
		['the price, which is used to fuel many cars, doubled', 'the price doubled'],
		['prices rose sharply.', 'prices rose sharply'],
		['the government', 'the government'],
		['', undefined]
	])('cleans %j to %j', (text, expected) => {
		expect(cleanClause(text)).toBe(expected);
	});
});

describe('findCauseRelations on long sentences', () => {
	const asked = (sentence: string) =>
		findCauseRelations(analyzed(sentence, ...PADDING))
			.filter((r) => r.sentence.text === sentence)
			.map((r) => [r.prompt, r.cause]);

	it.each([
		// A participle inside a "when" clause tells what that clause's event did.
		[
			'The outage began at noon, when an overloaded transformer caught fire at the main substation on the edge of the industrial district, prompting automatic shutdowns across the grid.',
			[
				'According to the article, what prompted automatic shutdowns across the grid?',
				'an overloaded transformer caught fire at the main substation'
			]
		],
		// "after" an event that cut or struck something gives its result, whatever the main verb;
		// a long cause loses its last phrases.
		[
			'Large parts of the city were without water for two days after a burst main cut supply to an estimated 400,000 homes in the northern districts of the city.',
			[
				'Why were large parts of the city without water for two days?',
				'a burst main cut supply to an estimated 400,000 homes'
			]
		],
		// An adverb between "caused" and "by" keeps the passive.
		[
			'The shortfall was caused largely by weak cocoa exports.',
			['According to the article, what caused the shortfall?', 'weak cocoa exports']
		],
		// The name before an apposition is the subject; the reason is the noun phrase.
		[
			'Mira Textiles, a family-owned maker of school uniforms and sports kits, filed for bankruptcy on Monday, blaming a steep fall in orders from schools across the region as school budgets shrink across the whole country.',
			[
				'Why did Mira Textiles file for bankruptcy on Monday?',
				'a steep fall in orders from schools across the region'
			]
		],
		// The subject's own "its" is read as "the".
		[
			'The firm, which is based in Lyon, sold its main factory last month after talks with a buyer collapsed.',
			['Why did the firm sell the main factory last month?', 'talks with a buyer collapsed']
		],
		// "they" is the plural subject before it: the speakers, or the because-clause's subject.
		[
			'Health officials also said they were checking buses at the border, because thousands of traders cross between the two countries every week.',
			[
				'Why were health officials checking buses at the border?',
				'thousands of traders cross between the two countries every week'
			]
		],
		[
			'Because young children cannot stay in adult detention centres, they are placed in temporary shelters.',
			[
				'Why are young children placed in temporary shelters?',
				'young children cannot stay in adult detention centres'
			]
		]
	])('asks about %j', (sentence, expected) => {
		expect(asked(sentence)).toContainEqual(expected);
	});

	it.each([
		// "started paying … after" is no event beginning: no "what triggered Grace Mwangi?".
		'Grace Mwangi, who runs a shop, said customers had started paying in cash again after the fee was introduced.',
		// A cut inside the reported clause would leave "design work" without its verb.
		'The auditors found that design work on several sections of the new line began before permits had been secured, leading to 200 change orders and long disputes with contractors.'
	])('asks nothing about %j', (sentence) => {
		expect(asked(sentence)).toEqual([]);
	});
});
