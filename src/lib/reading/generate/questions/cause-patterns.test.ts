import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
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
