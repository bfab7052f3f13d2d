import { describe, expect, it } from 'vitest';
import { at, contextOf } from './test-factories';
import {
	attributionSpeaker,
	leadingAccordingTo,
	speechContent,
	textOf,
	trailingAccordingTo
} from './reported';
import type { Context, TermRange } from './types';

const read = (ctx: Context, range: TermRange | undefined) =>
	range && textOf(ctx, range.from, range.to);

describe('textOf', () => {
	const ctx = contextOf('Officials said, on Monday, that prices rose.');

	it.each([
		[0, 2, 'Officials said'],
		[2, 4, 'on Monday'],
		[0, 7, 'Officials said, on Monday, that prices rose'],
		[0, 8, ''],
		[3, 3, ''],
		[5, 2, ''],
		[7, 20, '']
	])('reads terms %i to %i as %j', (from, to, expected) => {
		expect(textOf(ctx, from, to)).toBe(expected);
	});
});

describe('attributionSpeaker', () => {
	it.each([
		['officials said.', 'officials'],
		['said the mayor.', 'the mayor'],
		['A White House official told reporters on Tuesday.', 'A White House official'],
		['A lawyer for the firm said in a statement.', 'A lawyer for the firm'],
		['The opposition claimed victory.', undefined],
		['Police arrested him.', undefined]
	])('reads the speaker of %j as %j', (text, expected) => {
		const ctx = contextOf(text);
		expect(read(ctx, attributionSpeaker(ctx, 0, ctx.terms.length))).toBe(expected);
	});

	it('finds no speaker in an empty range', () => {
		const ctx = contextOf('officials said.');
		expect(attributionSpeaker(ctx, 1, 1)).toBeUndefined();
	});
});

describe('speechContent', () => {
	it.each([
		['He said that prices rose.', 'said', ['that', 'that']],
		['He said prices rose.', 'said', ['prices', undefined]],
		['He said in a televised address that prices rose.', 'said', ['that', 'that']],
		['She believes the plan will work.', 'believes', ['the', undefined]],
		['He arrived and prices rose.', 'arrived', undefined],
		['He said, however, nothing.', 'said', undefined]
	])('in %j the content after “%s” starts at %j', (text, verb, expected) => {
		const ctx = contextOf(text);
		const content = speechContent(ctx, at(ctx, verb) + 1, ctx.terms.length);
		expect(content && [ctx.terms[content.at]!.text, content.connective]).toEqual(expected);
	});
});

describe('leadingAccordingTo and trailingAccordingTo', () => {
	const readBoth = (text: string) => {
		const ctx = contextOf(text);
		const leading = leadingAccordingTo(ctx, 0, ctx.terms.length);
		const trailing = trailingAccordingTo(ctx, 0, ctx.terms.length);
		return {
			leading: leading && [read(ctx, leading.speaker), ctx.terms[leading.contentFrom]!.text],
			trailing: trailing && [read(ctx, trailing.speaker), ctx.terms[trailing.tailFrom]!.text]
		};
	};

	it.each([
		[
			'According to the ministry, 12 people died.',
			{ leading: ['the ministry', '12'], trailing: undefined }
		],
		[
			'Twelve people died, according to the ministry.',
			{ leading: undefined, trailing: ['the ministry', 'according'] }
		],
		[
			'Twelve people died, according to the ministry, on Monday.',
			{ leading: undefined, trailing: ['the ministry', 'according'] }
		],
		['According to reports the ministry said so.', { leading: undefined, trailing: undefined }],
		['Twelve people died according to the ministry.', { leading: undefined, trailing: undefined }]
	])('reads the attribution of %j', (text, expected) => {
		expect(readBoth(text)).toEqual(expected);
	});
});
