import { describe, expect, it } from 'vitest';
import { BUILDERS } from '../../../src/lib/reading/generate/questions/builders';
import { entityQuestions } from '../../../src/lib/reading/generate/questions/people';
import { findNameRuns } from '../../../src/lib/reading/generate/analyze/name-runs';
import { wellFormed } from '../../../src/lib/reading/generate/text/question-grammar';
import { analyzed, PADDING } from './helpers';

/** Every prompt the builders write for one sentence. */
const promptsFor = (sentence: string) => {
	const article = analyzed(sentence, ...PADDING);
	return BUILDERS.flatMap((build) => build(article)).map((c) => c.draft.prompt);
};

describe('sentences with an aside, a list or a modifier in the way', () => {
	it.each([
		// An aside after the second subject of "and": two clauses, not "What was burned and 12 people?".
		[
			'At least 40 houses were burned and 12 people, including two nurses, were treated in hospital.',
			/burned and 12 people\?/
		],
		// A list inside the aside: the count's verb comes after it.
		[
			'More than 300 police officers, supported by 40 vans, two helicopters and a drone, were deployed.',
			/officers supported by/
		],
		// A participle after its noun is no verb to ask with.
		[
			'A second test taken two weeks later also came back positive, the agency said.',
			/^How many weeks did/
		],
		// A place that describes the noun after it is not where.
		['Shares in Acme Mining fell 3 percent in Frankfurt trading after the ruling.', /^Where did/],
		// What stays open is a place, not a doer.
		[
			'Emergency departments at the two city hospitals remained open for walk-in patients.',
			/^Who remained/
		]
	])('asks nothing garbled of %j', (sentence, garbled) => {
		const prompts = promptsFor(sentence);
		expect(prompts.length).toBeGreaterThan(0);
		expect(prompts.filter((p) => garbled.test(p))).toEqual([]);
	});

	it('asks the count of a subject past its aside', () => {
		expect(
			promptsFor(
				'More than 300 police officers, supported by 40 vans, two helicopters and a drone, were deployed.'
			)
		).toContain('How many police officers were deployed?');
	});

	it('asks what, not who, stayed open', () => {
		expect(
			promptsFor(
				'Emergency departments at the two city hospitals remained open for walk-in patients.'
			)
		).toContain('What remained open for walk-in patients?');
	});

	it('reads a name parted by "and" as one when its bracketed abbreviation spells it', () => {
		const sentence = analyzed(
			'The Institute for Fiscal and Economic Research (IFER) cut its growth forecast.',
			...PADDING
		).sentences[0]!;
		const names = findNameRuns(sentence).map((run) =>
			sentence.terms
				.slice(run.from, run.to)
				.map((t) => t.text)
				.join(' ')
		);
		expect(names).toContain('Institute for Fiscal and Economic Research');
	});

	it('matches no one to an attribution, and keeps a name inside a description whole', () => {
		const article = analyzed(
			'The runner tested positive for EPO, the Athletics Integrity Unit said on Wednesday.',
			'Joseph Mutai, a senior official at Athletics Kenya, backed the ban.',
			'Sarah Chepkoech, the head of the Anti-Doping Agency, said testing had risen.',
			'Coach Peter Kamau, a former Olympic champion, called the ban harsh.',
			...PADDING
		);
		const pairs = entityQuestions(article).flatMap((c) =>
			c.draft.type === 'matching' ? c.draft.pairs : []
		);
		expect(pairs.length).toBeGreaterThan(0);
		expect(pairs.map((p) => p.right).filter((r) => /said|of the$/.test(r))).toEqual([]);
		expect(pairs.map((p) => p.right)).toContain('The head of the Anti-Doping Agency');
	});

	it('rejects a question that strands the asked noun’s own phrase after its preposition', () => {
		expect(wellFormed('What did long queues of cars form on out of the hills?')).toBe(false);
		expect(wellFormed('What did the ministers agree to in March?')).toBe(true);
	});
});
