import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { splitClauses } from '../analyze/clauses';
import { prepositionQuestion } from './wh-preposition';

const asked = (text: string) => {
	const article = analyzed(text, ...PADDING);
	const sentence = article.sentences[0]!;
	const mentions = article.mentions.filter((m) => m.sentence === sentence);
	return splitClauses(sentence)
		.flatMap((clause) => prepositionQuestion(article, sentence, clause, mentions))
		.map((c) => [c.draft.prompt, c.draft.answerText, c.kind]);
};

describe('prepositionQuestion', () => {
	it.each([
		[
			'The council voted against the new housing plan on Tuesday.',
			[['What did the council vote against?', 'new housing plan', 'event']]
		],
		[
			'Three farmers sued the regional water board over its irrigation policy last week.',
			[['What did three farmers sue the regional water board over?', 'irrigation policy', 'event']]
		],
		[
			'The petition was introduced by Republican Dana Whitfield earlier this year.',
			[['Who was the petition introduced by?', 'Republican Dana Whitfield', 'person']]
		],
		[
			'The club managers were both charged with conspiracy to fix matches and obstruction of justice.',
			[
				[
					'What were the club managers both charged with?',
					'conspiracy to fix matches and obstruction of justice',
					'event'
				]
			]
		],
		[
			'The bank lent money to small farmers in the north.',
			[['Who did the bank lend money to?', 'small farmers', 'person']]
		],
		[
			'Nguyen has since been moved to the hospital’s intensive care unit.',
			[['Where has Nguyen since been moved?', 'hospital’s intensive care unit', 'place']]
		],
		[
			'The Varga brothers went to the regional hospital after the crash.',
			[['Where did the Varga brothers go?', 'regional hospital', 'place']]
		],
		[
			'The miners complained about dangerous working conditions at the pit.',
			[['What did the miners complain about?', 'dangerous working conditions', 'event']]
		]
	])('asks for the complement in %j', (text, expected) => {
		expect(asked(text)).toEqual(expected);
	});

	it.each([
		// "by" marks an agent only after a passive verb.
		'The river rose by two metres overnight.',
		// A place is the where-question's job.
		'The delegation flew to Singapore on Sunday.',
		// "comes as …" opens a clause.
		'The plea comes as Democrats, some Republicans and others urge the mayor to act.',
		// A connective, not a complement.
		'Nearly 200 homes were lost as a result of the flooding.',
		// A preposition inside a name.
		'The governor ended the Office of Rural Affairs last year.',
		// A lone common noun names too little.
		'The coach removed Okafor from his team.',
		// The subject leans on the sentence before.
		'That petition was introduced by Senator Ruth Alvarez.',
		// Half a name that goes on past "on": "the Deferred Action | on Childhood Arrivals program".
		'The bill includes a permanent fix for the Deferred Action on Childhood Arrivals program.',
		// A time is when, not a thing.
		'Parents queued from early morning at the clinic.',
		'Parents queued from early morning outside the Akpakpa clinic.',
		// A preposition and a bare noun that make an idiom with the verb.
		'The commission had taken into account forecast inflation of 2.1% next year.'
	])('asks nothing of %j', (text) => {
		expect(asked(text)).toEqual([]);
	});

	it('asks for two joined things together, never half of them', () => {
		const answers = asked('Halvorsen Mining was fined for fraud and tax evasion.').map(
			(question) => question[1]
		);
		expect(answers).not.toContain('fraud');
		expect(answers).not.toContain('tax evasion');
	});
});
