import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../../tests/unit/generate/helpers';
import { splitQuotes } from './quotes';
import { textOf } from './reported';
import type { Context } from './types';
import { finiteFlags } from './verbs';

function split(text: string) {
	const sentence = analyzed(text).sentences[0]!;
	const { terms } = sentence;
	const ctx: Context = { text: sentence.text, terms, finite: finiteFlags(terms), drafts: [] };
	const found = splitQuotes(ctx);
	return {
		found,
		drafts: ctx.drafts.map((d) => ({
			kind: d.kind,
			text: textOf(ctx, d.textFrom, d.to),
			...(d.connective === undefined ? {} : { connective: d.connective }),
			...(d.speaker === undefined ? {} : { speaker: d.speaker, quoted: d.quoted, parent: d.parent })
		}))
	};
}

describe('splitQuotes', () => {
	it.each([
		[
			'“We will win,” the mayor said.',
			[
				{ kind: 'main', text: 'the mayor said' },
				{ kind: 'reported', text: 'We will win', speaker: 'the mayor', quoted: true, parent: 0 }
			]
		],
		[
			'The mayor said: “We will rebuild.”',
			[
				{ kind: 'main', text: 'The mayor said' },
				{ kind: 'reported', text: 'We will rebuild', speaker: 'The mayor', quoted: true, parent: 0 }
			]
		],
		[
			'“We agreed to meet,” Abe said, “but nothing came of it.”',
			[
				{ kind: 'main', text: 'Abe said' },
				{ kind: 'reported', text: 'We agreed to meet', speaker: 'Abe', quoted: true, parent: 0 },
				{
					kind: 'reported',
					text: 'nothing came of it',
					connective: 'but',
					speaker: 'Abe',
					quoted: true,
					parent: 0
				}
			]
		]
	])('makes each quoted part of %j a reported clause', (text, drafts) => {
		expect(split(text)).toEqual({ found: true, drafts });
	});

	it.each([
		['a quote inside a clause', 'He called the plan “a disaster” on Monday.'],
		['no quote at all', 'The mayor said the town would rebuild.']
	])('leaves %s to the ordinary split', (_, text) => {
		expect(split(text)).toEqual({ found: false, drafts: [] });
	});
});
