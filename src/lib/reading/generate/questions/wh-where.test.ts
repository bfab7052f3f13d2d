import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { splitClauses } from '../analyze/clauses';
import { whereQuestion } from './wh-where';

const asked = (text: string) => {
	const article = analyzed(text, ...PADDING);
	const sentence = article.sentences[0]!;
	const mentions = article.mentions.filter((m) => m.sentence === sentence);
	return splitClauses(sentence)
		.flatMap((clause) => whereQuestion(article, sentence, clause, mentions))
		.map((c) => [c.draft.prompt, c.draft.answerText]);
};

describe('whereQuestion', () => {
	it.each([
		[
			"The lawyers' clients are being held in detention facilities.",
			[["Where are the lawyers' clients being held?", 'detention facilities']]
		],
		[
			'The protesters gathered in the main square.',
			[['Where did the protesters gather?', 'main square']]
		]
	])('asks where of %j', (text, expected) => {
		expect(asked(text)).toEqual(expected);
	});

	it.each([
		['a named place, which has its own question', 'The protesters gathered in Almaty.'],
		['no place noun', 'The protesters gathered in large numbers.'],
		['no locative preposition', 'The protesters left the main square.'],
		[
			'where someone spoke, which is the setting',
			'The minister told reporters outside the parliament building.'
		]
	])('asks nothing for %s', (_, text) => {
		expect(asked(text)).toEqual([]);
	});
});
