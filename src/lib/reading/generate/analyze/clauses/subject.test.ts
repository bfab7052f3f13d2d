import { describe, expect, it } from 'vitest';
import { contextOf } from './test-factories';
import { textOf } from './reported';
import { findSubject } from './subject';
import type { Context, Draft } from './types';

const wholeSentence = (ctx: Context, more: Partial<Draft> = {}): Draft => ({
	from: 0,
	textFrom: 0,
	to: ctx.terms.length,
	holes: [],
	nested: [],
	kind: 'main',
	...more
});

const subjectOf = (
	text: string,
	verb: string | number,
	more: (ctx: Context) => Partial<Draft> = () => ({})
) => {
	const ctx = contextOf(text);
	const subject = findSubject(
		ctx,
		wholeSentence(ctx, more(ctx)),
		typeof verb === 'number' ? verb : ctx.terms.findIndex((t) => t.text === verb)
	);
	return subject && textOf(ctx, subject.from, subject.to);
};

describe('findSubject', () => {
	it.each([
		[
			'More than 600 cargo trucks carrying minerals, fuel and food were lined up on Thursday.',
			'were',
			'More than 600 cargo trucks carrying minerals, fuel and food'
		],
		[
			'Farmers growing wheat, barley and oats were hit hardest.',
			'were',
			'Farmers growing wheat, barley and oats'
		],
		[
			'Crops including wheat, barley and oats were damaged.',
			'were',
			'Crops including wheat, barley and oats'
		]
	])('reads the noun that carries a list as the subject of “%s”', (text, verb, subject) => {
		expect(subjectOf(text, verb)).toBe(subject);
	});

	it.each([
		['Not everyone welcomed the ceremony.', 'welcomed'],
		['No injuries were reported in the town.', 'were'],
		['Nobody answered the phone at the depot.', 'answered'],
		['None of the ferries sailed on Friday.', 'sailed']
	])('reads no subject in “%s”: a question would drop its negation', (text, verb) => {
		expect(subjectOf(text, verb)).toBeUndefined();
	});

	it.each([
		['Prices fell.', 'fell', 'Prices'],
		[
			'The mayor said the report on the harbour fund reached the wrong conclusion.',
			'reached',
			'the report on the harbour fund'
		],
		['A group of lawmakers on Thursday unveiled a bill.', 'unveiled', 'A group of lawmakers'],
		['The mayor late Monday closed the port.', 'closed', 'The mayor'],
		['On Monday police said no.', 'said', 'police'],
		['After the storm, residents fled.', 'fled', 'residents'],
		['The union, however, said no.', 'said', 'The union'],
		['At least 12 people died.', 'died', 'At least 12 people'],
		['A lawyer for the company resigned.', 'resigned', 'A lawyer for the company'],
		['Russia and China agreed.', 'agreed', 'Russia and China'],
		['The injured officers recovered.', 'recovered', 'The injured officers'],
		['Thousands of residents fled.', 'fled', 'Thousands of residents'],
		[
			"Most of Nairobi's privately owned minibuses stayed home.",
			'stayed',
			"Most of Nairobi's privately owned minibuses"
		]
	])('finds the subject of %j before “%s”: %j', (text, verb, expected) => {
		expect(subjectOf(text, verb)).toBe(expected);
	});

	it('finds none when the verb opens the clause', () => {
		expect(subjectOf('Said the mayor.', 'Said')).toBeUndefined();
	});

	it('skips a clause set between commas before the verb', () => {
		const text = 'The summit, which was planned for June, was cancelled.';
		// The hole covers "which was planned for June" (terms 2 to 7); the verb group starts at 7.
		expect(subjectOf(text, 7, () => ({ holes: [[2, 7]] }))).toBe('The summit');
		expect(subjectOf(text, 7)).toBe('June');
	});

	it.each([
		['The decision to close the port angered fishermen.', 'The decision to close the port'],
		[
			'The 60-day deadline for the council to answer the letter begins on Monday.',
			'The 60-day deadline for the council to answer the letter'
		],
		[
			'The failure to secure a pathway to citizenship for 2,000 people followed months of talks.',
			'The failure to secure a pathway to citizenship for 2,000 people'
		]
	])('reads %j to its head noun before an infinitive: “%s”', (text, subject) => {
		const verb = ['angered', 'begins', 'followed'].find((v) => text.includes(` ${v} `))!;
		expect(subjectOf(text, verb)).toBe(subject);
	});

	it.each([
		['The decision by the mayor in March to close the port angered fishermen.', 'angered'],
		['Closing the port angered fishermen.', 'angered']
	])(
		'finds none in %j, where the phrase before the verb is another verb’s object',
		(text, verb) => {
			expect(subjectOf(text, verb)).toBeUndefined();
		}
	);

	it('skips a time phrase before the verb only outside a clause set between commas', () => {
		const ctx = contextOf('Laura Brennan, who joined the company in 2018, will remain in charge.');
		const comma = ctx.terms.findIndex((t) => t.text === 'who');
		const end = ctx.terms.findIndex((t) => t.text === 'will');
		const subject = findSubject(ctx, wholeSentence(ctx, { holes: [[comma, end]] }), end);
		expect(subject && textOf(ctx, subject.from, subject.to)).toBe('Laura Brennan');
	});

	it('does not reach back before the clause’s own words', () => {
		expect(subjectOf('He left and prices fell.', 'fell', () => ({ textFrom: 3 }))).toBe('prices');
	});
});
