import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../../tests/unit/generate/helpers';
import { textOf } from './reported';
import { splitRange } from './scan';
import type { Context } from './types';
import { finiteFlags } from './verbs';

function drafts(text: string) {
	const sentence = analyzed(text).sentences[0]!;
	const { terms } = sentence;
	const ctx: Context = { text: sentence.text, terms, finite: finiteFlags(terms), drafts: [] };
	const host = splitRange(ctx, 0, terms.length, { kind: 'main', textFrom: 0 });
	return {
		host,
		drafts: ctx.drafts.map((d) => ({
			kind: d.kind,
			text: textOf(ctx, d.textFrom, d.to),
			...(d.connective === undefined ? {} : { connective: d.connective }),
			...(d.speaker === undefined ? {} : { speaker: d.speaker }),
			...(d.parent === undefined ? {} : { parent: d.parent })
		}))
	};
}

describe('splitRange', () => {
	it('reads "and" inside an open clause’s subject as joining names ("when or where Trump and Abe will meet")', () => {
		const { drafts: found } = drafts(
			'It is unclear when or where Ana Ruiz and Tomas Varga will meet before the summit.'
		);
		expect(found.some((d) => d.kind === 'coordinate')).toBe(false);
	});

	it('reads a last plural noun that compromise calls a verb as ending a joined noun phrase', () => {
		const { drafts: found } = drafts(
			'The inspector singled out the engineer for his emails and text messages.'
		);
		expect(found.some((d) => d.kind === 'coordinate')).toBe(false);
	});

	it('reads "and" between a determiner’s adjective and the rest of its noun as joining modifiers', () => {
		// compromise reads "approach" as a verb, so a clause may start at "the U.S.", but never at
		// "lasting": "the bitter" ends no clause.
		const { drafts: found } = drafts(
			'The tweet recalled the bitter and lasting divide over the deal and the U.S. approach to Iran.'
		);
		expect(found[0]?.text).toMatch(/^The tweet recalled the bitter and lasting divide/);
	});

	it.each([
		[
			'Prices rose and more than 40 officers were injured.',
			[
				{ kind: 'main', text: 'Prices rose' },
				{ kind: 'coordinate', text: 'more than 40 officers were injured', connective: 'and' }
			]
		],
		[
			'The mayor left before Ana Ruiz and Tomas Varga arrived at the hall.',
			[
				{ kind: 'main', text: 'The mayor left' },
				{
					kind: 'subordinate',
					text: 'Ana Ruiz and Tomas Varga arrived at the hall',
					connective: 'before',
					parent: 0
				}
			]
		],
		[
			'Schools closed because the river rose.',
			[
				{ kind: 'main', text: 'Schools closed' },
				{ kind: 'subordinate', text: 'the river rose', connective: 'because', parent: 0 }
			]
		],
		[
			'The summit, which was planned for June 12, was cancelled, officials said.',
			[
				{ kind: 'main', text: 'officials said' },
				{
					kind: 'reported',
					text: 'The summit, which was planned for June 12, was cancelled',
					speaker: 'officials',
					parent: 0
				},
				{ kind: 'relative', text: 'was planned for June 12', connective: 'which', parent: 1 }
			]
		],
		[
			'According to the ministry, 12 people died.',
			[
				{
					kind: 'reported',
					text: '12 people died',
					connective: 'according to',
					speaker: 'the ministry'
				}
			]
		],
		[
			'Police searched the area and found two survivors.',
			[
				{ kind: 'main', text: 'Police searched the area' },
				{ kind: 'coordinate', text: 'found two survivors', connective: 'and' }
			]
		],
		['Nothing.', [{ kind: 'main', text: 'Nothing' }]]
	])('cuts %j into its clauses', (text, expected) => {
		expect(drafts(text)).toEqual({ host: 0, drafts: expected });
	});
});
