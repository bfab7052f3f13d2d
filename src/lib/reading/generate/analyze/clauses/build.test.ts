import { describe, expect, it } from 'vitest';
import { draft, sentenceAndContext } from './test-factories';
import { buildClauses } from './build';
import { textOf } from './reported';
import { splitRange } from './scan';

function built(text: string) {
	const { sentence, ctx } = sentenceAndContext(text);
	splitRange(ctx, 0, ctx.terms.length, { kind: 'main', textFrom: 0 });
	return buildClauses(ctx, sentence).map((c) => ({
		kind: c.kind,
		text: c.text,
		parent: c.parent,
		subject: c.subject && textOf(ctx, c.subject.from, c.subject.to),
		verb: c.verb && textOf(ctx, c.verb.from, c.verb.to)
	}));
}

describe('buildClauses', () => {
	it.each([
		[
			'The summit, which was planned for June 12, was cancelled, officials said.',
			[
				{
					kind: 'reported',
					text: 'The summit was cancelled',
					parent: 2,
					subject: 'The summit',
					verb: 'was cancelled'
				},
				{
					kind: 'relative',
					text: 'was planned for June 12',
					parent: 0,
					subject: undefined,
					verb: 'was planned'
				},
				{
					kind: 'main',
					text: 'officials said',
					parent: undefined,
					subject: 'officials',
					verb: 'said'
				}
			]
		],
		[
			'Police searched the area and found two survivors.',
			[
				{
					kind: 'main',
					text: 'Police searched the area',
					parent: undefined,
					subject: 'Police',
					verb: 'searched'
				},
				{
					kind: 'coordinate',
					text: 'found two survivors',
					parent: undefined,
					subject: 'Police',
					verb: 'found'
				}
			]
		],
		[
			'Schools closed because the river rose.',
			[
				{
					kind: 'main',
					text: 'Schools closed',
					parent: undefined,
					subject: 'Schools',
					verb: 'closed'
				},
				{
					kind: 'subordinate',
					text: 'the river rose',
					parent: 0,
					subject: 'the river',
					verb: 'rose'
				}
			]
		],
		[
			'The mayor said Friday the report on the harbour fund reached the wrong conclusion.',
			[
				{
					kind: 'main',
					text: 'The mayor said Friday',
					parent: undefined,
					subject: 'The mayor',
					verb: 'said'
				},
				{
					kind: 'reported',
					text: 'the report on the harbour fund reached the wrong conclusion',
					parent: 0,
					subject: 'the report on the harbour fund',
					verb: 'reached'
				}
			]
		]
	])('builds the clauses of %j in reading order', (text, expected) => {
		expect(built(text)).toEqual(expected);
	});

	it('drops a draft without words of its own and renumbers the parents', () => {
		const { sentence, ctx } = sentenceAndContext('He said “we won” today.');
		ctx.drafts.push(draft({ from: 2, textFrom: 2, to: 4, kind: 'reported', parent: 2 }));
		ctx.drafts.push(draft({ from: 2, textFrom: 2, to: 2, kind: 'coordinate' }));
		ctx.drafts.push(draft({ from: 0, textFrom: 0, to: 2, verbAt: 1 }));
		expect(buildClauses(ctx, sentence).map((c) => [c.kind, c.text, c.parent])).toEqual([
			['main', 'He said', undefined],
			['reported', 'we won', 0]
		]);
	});

	it('closes a quote cut in half so its marks stay paired', () => {
		const { sentence, ctx } = sentenceAndContext('He said “we won the vote” today.');
		ctx.drafts.push(draft({ from: 1, textFrom: 1, to: 4, kind: 'reported' }));
		expect(buildClauses(ctx, sentence).map((c) => c.text)).toEqual(['said “we won”']);
	});
});

describe('buildClauses with an aside after the subject', () => {
	it.each([
		[
			'Crews, including eight divers flown in from Norway, then cleared the tunnel by hand.',
			'Crews',
			'cleared'
		],
		[
			'The radio station, citing a hospital official, reported two deaths.',
			'The radio station',
			'reported'
		],
		[
			'The rescuers, working through the night, reached the last village at dawn.',
			'The rescuers',
			'reached'
		],
		[
			'The airlines, among them two carriers based in Lagos, cancelled flights.',
			'The airlines',
			'cancelled'
		]
	])('reads %j with its subject and verb around the aside', (text, subject, verb) => {
		const main = built(text).find((c) => c.kind === 'main');
		expect(main).toMatchObject({ subject, verb });
	});
});

describe('buildClauses with an apposition before the verb', () => {
	it('reads no attribution into a noun phrase between commas', () => {
		const clauses = built(
			'Leila Haddad, Africa economist at London-based Meridian Research, told AFP that the departure raised serious questions.'
		);
		expect(clauses.map((c) => [c.kind, c.verb])).toEqual([
			['main', 'told'],
			['reported', 'raised']
		]);
	});
});
