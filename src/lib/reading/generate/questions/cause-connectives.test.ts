import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import {
	conjunctionReasons,
	connectiveReasons,
	whyAbout,
	whyFromClause,
	type Reason
} from './cause-connectives';

const reasons = (text: string) => {
	const article = analyzed(text, ...PADDING);
	const sentence = article.sentences[0]!;
	const read = (r: Reason) => ({
		cause: r.cause,
		effect: r.effect,
		prompt: r.prompt,
		causeIsClause: r.causeIsClause
	});
	return {
		conjunction: conjunctionReasons(article, sentence).map(read),
		connective: connectiveReasons(article, sentence).map(read)
	};
};

describe('conjunctionReasons and connectiveReasons', () => {
	it.each([
		'The government would not cut other education spending in order to pay for the deal.',
		'The council did not close the bridge to save money.',
		'The board never raised fares so that more people would ride.'
	])('reads no purpose after a negated verb: “%s”', (text) => {
		expect(reasons(text).connective).toEqual([]);
	});

	it.each([
		[
			'Prices fell because demand collapsed.',
			{
				conjunction: [
					{
						cause: 'demand collapsed',
						effect: 'Prices fell',
						prompt: 'Why did prices fall?',
						causeIsClause: true
					}
				],
				connective: []
			}
		],
		[
			'Because demand collapsed, prices fell.',
			{
				conjunction: [
					{
						cause: 'demand collapsed',
						effect: 'prices fell',
						prompt: 'Why did prices fall?',
						causeIsClause: true
					}
				],
				connective: []
			}
		],
		[
			'Residents say the walls failed because the dam was old.',
			{
				conjunction: [
					{
						cause: 'the dam was old',
						effect: 'the walls failed',
						prompt: 'Why did the walls fail, according to residents?',
						causeIsClause: true
					}
				],
				connective: []
			}
		],
		[
			'Schools closed so that workers could leave early.',
			{
				conjunction: [],
				connective: [
					{
						cause: 'so that workers could leave early',
						effect: 'Schools closed',
						prompt: 'Why did schools close?',
						causeIsClause: false
					}
				]
			}
		],
		[
			'The mayor resigned amid a corruption scandal.',
			{
				conjunction: [],
				connective: [
					{
						cause: 'a corruption scandal',
						effect: 'The mayor resigned',
						prompt: 'Why did the mayor resign?',
						causeIsClause: false
					}
				]
			}
		],
		['He left because.', { conjunction: [], connective: [] }],
		['The clerk has since been moved to the records office.', { conjunction: [], connective: [] }],
		['Nothing to see here today.', { conjunction: [], connective: [] }],
		// "due to" before a verb tells a schedule, not a cause.
		[
			'The two new harbour cranes were originally due to be installed in 2024.',
			{ conjunction: [], connective: [] }
		]
	])('reads the reason in %j', (text, expected) => {
		expect(reasons(text)).toEqual(expected);
	});
});

describe('whyAbout', () => {
	const why = (text: string, end: (sentence: string) => number) => {
		const article = analyzed(text, ...PADDING);
		const sentence = article.sentences[0]!;
		return whyAbout(article, sentence, 0, end(sentence.text));
	};

	it.each([
		[
			'Prices fell sharply last week.',
			(s: string) => s.indexOf(' last'),
			{
				effect: 'Prices fell sharply',
				subject: { text: 'prices', plural: true },
				prompt: 'Why did prices fall sharply?'
			}
		],
		[
			'Residents say the walls failed.',
			(s: string) => s.length - 1,
			{
				effect: 'the walls failed',
				subject: { text: 'the walls', plural: true },
				prompt: 'Why did the walls fail, according to residents?'
			}
		],
		['Prices, however, fell.', (s: string) => s.length - 1, undefined],
		['The price was.', (s: string) => s.length - 1, undefined]
	])('asks why about %j', (text, end, expected) => {
		expect(why(text, end)).toEqual(expected);
	});
});

describe('whyFromClause', () => {
	it('asks about the clause that ends at the connective, with its shared subject', () => {
		const article = analyzed(
			'Chad was on the list, but was dropped in April after a review.',
			...PADDING
		);
		const sentence = article.sentences[0]!;
		expect(whyFromClause(article, sentence, sentence.text.indexOf(' after'))).toEqual({
			effect: 'Chad was dropped in April',
			subject: { text: 'Chad', plural: false },
			prompt: 'Why was Chad dropped in April?'
		});
	});

	it('asks about a subject set off by an aside, without the aside', () => {
		const article = analyzed(
			'Crews, including eight divers flown in from Norway, then cleared the tunnel by hand, because engineers feared new falls.',
			...PADDING
		);
		const sentence = article.sentences[0]!;
		expect(whyFromClause(article, sentence, sentence.text.indexOf(', because'))).toMatchObject({
			effect: 'Crews cleared the tunnel by hand',
			prompt: 'Why did crews clear the tunnel by hand?'
		});
	});

	it('asks nothing when no clause ends there', () => {
		const article = analyzed('Prices fell.', ...PADDING);
		expect(whyFromClause(article, article.sentences[0]!, 0)).toBeUndefined();
	});
});
