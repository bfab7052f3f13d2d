import { describe, expect, it } from 'vitest';
import { at, contextOf } from './test-factories';
import { participleAt, relativeEnd, restrictiveEnd, subordinatorAt } from './boundaries';
import { textOf } from './reported';

describe('subordinatorAt', () => {
	it.each([
		['Schools closed because the river rose.', 'because', { connective: 'because', length: 1 }],
		['Schools closed so that workers could leave.', 'so', { connective: 'so that', length: 2 }],
		['He came in order to help.', 'in', { connective: 'in order to', length: 3 }],
		['He left, as prices rose.', 'as', { connective: 'as', length: 1 }],
		['He left after meeting the mayor.', 'after', { connective: 'after', length: 1 }],
		['As many as 40 people died.', 'As', undefined],
		['He left after the meeting.', 'after', undefined],
		['He left before dawn.', 'before', undefined],
		['He left because.', 'because', undefined]
	])('in %j, “%s” opens a clause as %j', (text, word, expected) => {
		const ctx = contextOf(text);
		expect(subordinatorAt(ctx, at(ctx, word), ctx.terms.length)).toEqual(expected);
	});
});

describe('participleAt', () => {
	it.each([
		['Floods hit the town, blaming the dam.', 'blaming', true],
		['Floods hit the town, including 12 children.', 'including', false],
		['Floods hit the town blaming the dam.', 'blaming', false]
	])('in %j, “%s” opens a participle clause: %s', (text, word, expected) => {
		const ctx = contextOf(text);
		expect(participleAt(ctx, at(ctx, word))).toBe(expected);
	});

	it('is false past the last term', () => {
		const ctx = contextOf('Floods hit.');
		expect(participleAt(ctx, ctx.terms.length)).toBe(false);
	});
});

describe('relativeEnd and restrictiveEnd', () => {
	const ends = (text: string, word: string, hostHasVerb: boolean) => {
		const ctx = contextOf(text);
		const from = at(ctx, word);
		const n = ctx.terms.length;
		return [
			textOf(ctx, from, relativeEnd(ctx, from, n, hostHasVerb)),
			textOf(ctx, from, restrictiveEnd(ctx, from, n, hostHasVerb))
		];
	};

	it.each([
		[
			'The summit, which was planned for June, was cancelled.',
			'which',
			false,
			['which was planned for June', 'which was planned for June']
		],
		[
			'He met Brennan, who lives in Almaty, Kazakhstan.',
			'who',
			true,
			['who lives in Almaty, Kazakhstan', 'who lives in Almaty, Kazakhstan']
		],
		[
			'The law that banned protests was repealed.',
			'that',
			false,
			['that banned protests was repealed', 'that banned protests']
		],
		[
			'He praised the law that banned protests, officials said.',
			'that',
			true,
			['that banned protests', 'that banned protests']
		]
	])('in %j the clause at “%s” (host verb seen: %s) ends as %j', (text, word, host, expected) => {
		expect(ends(text, word, host)).toEqual(expected);
	});
});
