import { describe, expect, it } from 'vitest';
import { at, contextOf, draft } from './test-factories';
import {
	conjunctSeed,
	isRestrictiveRelative,
	leadingOpenerEnd,
	sharesSubject,
	speakerOf
} from './scan-rules';

describe('leadingOpenerEnd', () => {
	it.each([
		['Under the deal, prices fell.', 'prices'],
		['However, prices fell.', 'prices'],
		['In Almaty, the capital.', 'In'],
		['Prices fell.', 'Prices'],
		[
			'During the long night without power and heat and water and light and hope, it fell.',
			'During'
		]
	])('in %j the clause starts at “%s”', (text, expected) => {
		const ctx = contextOf(text);
		expect(ctx.terms[leadingOpenerEnd(ctx, 0, ctx.terms.length)]?.text).toBe(expected);
	});
});

describe('isRestrictiveRelative', () => {
	it.each([
		['The law that banned protests ended.', 'that', true],
		['People who lost their homes left.', 'who', true],
		['He said that prices rose.', 'that', false],
		['The news that prices rose spread.', 'that', false],
		['The law, which banned protests, ended.', 'which', false]
	])('in %j, “%s” opens a restrictive relative: %s', (text, word, expected) => {
		const ctx = contextOf(text);
		const index = at(ctx, word);
		const afterComma = /,/.test(ctx.terms[index - 1]!.post);
		expect(isRestrictiveRelative(ctx, index, ctx.terms.length, afterComma)).toBe(expected);
	});
});

describe('sharesSubject', () => {
	it.each([
		['Police searched the area and found two survivors.', 'and', true],
		['Police arrested and charged 12 people.', 'and', false],
		['Police searched the area and the dogs slept.', 'and', false]
	])('in %j the verb after “%s” shares the subject: %s', (text, word, expected) => {
		const ctx = contextOf(text);
		const main = draft({ to: ctx.terms.length, verbAt: 1 });
		expect(sharesSubject(ctx, main, at(ctx, word), ctx.terms.length)).toBe(expected);
	});

	it('shares nothing before a verb is known', () => {
		const ctx = contextOf('Police searched the area and found two survivors.');
		expect(sharesSubject(ctx, draft({ to: ctx.terms.length }), 4, ctx.terms.length)).toBe(false);
	});
});

describe('speakerOf and conjunctSeed', () => {
	it('reads the speaker as the subject of the reporting verb', () => {
		const ctx = contextOf('The mayor said prices rose.');
		ctx.drafts.push(draft({ to: 3, verbAt: 2 }));
		expect(speakerOf(ctx, 0)).toBe('The mayor');
	});

	it('lets a relative clause speak for the noun before it', () => {
		const ctx = contextOf('They met Laura Brennan, who said prices rose.');
		const who = at(ctx, 'who');
		ctx.drafts.push(draft({ to: who, verbAt: 1 }));
		ctx.drafts.push(
			draft({ from: who, textFrom: who + 1, to: ctx.terms.length, kind: 'relative', parent: 0 })
		);
		expect(speakerOf(ctx, 1)).toBe('Laura Brennan');
	});

	it('has no speaker for no draft', () => {
		const ctx = contextOf('Prices rose.');
		expect([speakerOf(ctx, undefined), speakerOf(ctx, 3)]).toEqual([undefined, undefined]);
	});

	it('passes the first conjunct’s speaker, quote and host to the next', () => {
		const ctx = contextOf('He said prices rose and wages fell.');
		ctx.drafts.push(draft({ kind: 'reported', speaker: 'He', quoted: false, parent: 1, to: 5 }));
		expect(conjunctSeed(ctx, 0)).toEqual({ speaker: 'He', quoted: false, parent: 1 });
	});
});
