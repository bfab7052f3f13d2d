import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { splitClauses } from '../analyze/clauses';
import { nounPhraseAt, objectQuestion, simpleNounPhraseAt } from './wh-object';

describe('simpleNounPhraseAt and nounPhraseAt', () => {
	const phrases = (text: string, from: number) => {
		const { terms } = analyzed(text).sentences[0]!;
		const read = (end: number | undefined) =>
			end === undefined
				? undefined
				: terms
						.slice(from, end)
						.map((t) => t.text)
						.join(' ');
		return [
			read(simpleNounPhraseAt(terms, from, terms.length)),
			read(nounPhraseAt(terms, from, terms.length))
		];
	};

	it.each([
		[
			'He voted down the possibility of debate today.',
			3,
			['the possibility', 'the possibility of debate']
		],
		['He introduced a discharge petition.', 2, ['a discharge petition', 'a discharge petition']],
		['He saw three of them.', 2, [undefined, undefined]],
		['He saw it.', 2, [undefined, undefined]],
		['He saw the.', 2, [undefined, undefined]]
	])('in %j the noun phrase at %i is %j', (text, from, expected) => {
		expect(phrases(text, from)).toEqual(expected);
	});
});

describe('objectQuestion', () => {
	const asked = (text: string) => {
		const article = analyzed(text, ...PADDING);
		const sentence = article.sentences[0]!;
		const mentions = article.mentions.filter((m) => m.sentence === sentence);
		return splitClauses(sentence)
			.flatMap((clause) => objectQuestion(article, sentence, clause, mentions))
			.map((c) => [c.draft.prompt, c.draft.answerText, c.kind]);
	};

	it.each([
		[
			'The senator introduced a new bill.',
			[['What did the senator introduce?', 'new bill', 'event']]
		],
		[
			'The First Step Act is a prison reform bill.',
			[['What is the First Step Act?', 'prison reform bill', 'definition']]
		],
		[
			'The council approved a temporary spending measure.',
			[['What did the council approve?', 'temporary spending measure', 'event']]
		],
		[
			'The House voted down the possibility of debate.',
			[['What did the House vote down?', 'possibility of debate', 'event']]
		],
		[
			'The new harbor rules protect seasonal workers.',
			[['Who do the new harbor rules protect?', 'seasonal workers', 'event']]
		],
		[
			'The council offered residents a new contract.',
			[['What did the council offer residents?', 'new contract', 'event']]
		],
		[
			'Mayor Ana Ruiz sent Tomas Varga a letter of complaint.',
			[['What did Mayor Ana Ruiz send Tomas Varga?', 'letter of complaint', 'event']]
		],
		// A name that only says which thing: the phrase is still a thing to ask "What" for.
		[
			'The governor vetoed the Harbour Safety Act on Friday.',
			[['What did the governor veto on Friday?', 'Harbour Safety Act', 'event']]
		],
		[
			'The mayor praised Valmouth dock workers.',
			[['Who did the mayor praise?', 'Valmouth dock workers', 'event']]
		]
	])('asks for the object of %j', (text, expected) => {
		expect(asked(text)).toEqual(expected);
	});

	it.each([
		'Officials arrested him.',
		'The company sold three of its factories.',
		'Governor Ana Ruiz ordered an end to the harbour program.',
		// Given to no one named: "gave the state a deadline" names no people to ask around.
		'The court gave the state a deadline.',
		// A person or a place is asked with "Who" or "Where", not "What".
		'The senators met Tomas Varga.',
		'The senators visited Valmouth.'
	])('asks nothing when the object is no plain noun phrase: %j', (text) => {
		expect(asked(text)).toEqual([]);
	});
});
