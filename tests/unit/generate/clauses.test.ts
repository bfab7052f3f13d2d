import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitClauses, type Clause } from '../../../src/lib/reading/generate/analyze/clauses';
import type { ArticleSentence } from '../../../src/lib/reading/generate/types';
import { analyzed } from './helpers';

/** The first sentence of a one-paragraph article. */
const sentence = (text: string): ArticleSentence => analyzed(text).sentences[0]!;
const words = (clause: Clause, range: { from: number; to: number } | undefined) =>
	range
		? clause.sentence.text.slice(
				clause.sentence.terms[range.from]!.start,
				clause.sentence.terms[range.to - 1]!.end
			)
		: undefined;
const summary = (clause: Clause) => ({
	kind: clause.kind,
	text: clause.text,
	subject: words(clause, clause.subject),
	verb: words(clause, clause.verb)
});

describe('splitClauses: coordination', () => {
	it.each([
		[
			'floods: ", and" joins two clauses, each with its subject',
			'Police rescued 12 people from the roofs, and more than 40 homes were flooded.',
			[
				{
					kind: 'main',
					text: 'Police rescued 12 people from the roofs',
					subject: 'Police',
					verb: 'rescued'
				},
				{
					kind: 'coordinate',
					text: 'more than 40 homes were flooded',
					subject: 'more than 40 homes',
					verb: 'were flooded'
				}
			]
		],
		[
			'elections: a semicolon joins two clauses',
			'Turnout rose in the cities; it fell in the villages.',
			[
				{ kind: 'main', text: 'Turnout rose in the cities', subject: 'Turnout', verb: 'rose' },
				{ kind: 'coordinate', text: 'it fell in the villages', subject: 'it', verb: 'fell' }
			]
		],
		[
			'transport: ", and" with its own subject closes a gerund phrase',
			'The city has struggled to raise money while paying off its debt, and new taxes have been met with anger.',
			[
				{
					kind: 'main',
					text: 'The city has struggled to raise money',
					subject: 'The city',
					verb: 'has struggled'
				},
				{ kind: 'subordinate', text: 'paying off its debt', subject: undefined, verb: undefined },
				{
					kind: 'coordinate',
					text: 'new taxes have been met with anger',
					subject: 'new taxes',
					verb: 'have been met'
				}
			]
		],
		[
			'transport: a participle aside between commas is left out, and the subject is read past it',
			'The minibuses, known as matatus, stayed off the roads.',
			[
				{
					kind: 'main',
					text: 'The minibuses stayed off the roads',
					subject: 'The minibuses',
					verb: 'stayed'
				}
			]
		]
	])('%s', (_, text, expected) => {
		expect(splitClauses(sentence(text)).map(summary)).toEqual(expected);
	});

	it('summits: noun coordination ("Japan and Korea") stays one clause with the whole subject', () => {
		const clauses = splitClauses(sentence('Japan and Korea signed the trade pact in Seoul.'));
		expect(clauses.map(summary)).toEqual([
			{
				kind: 'main',
				text: 'Japan and Korea signed the trade pact in Seoul',
				subject: 'Japan and Korea',
				verb: 'signed'
			}
		]);
	});

	it('courts: verbs sharing one object ("arrested and charged") stay one clause', () => {
		const clauses = splitClauses(sentence('Detectives arrested and charged two bank clerks.'));
		expect(clauses).toHaveLength(1);
		expect(words(clauses[0]!, clauses[0]!.subject)).toBe('Detectives');
	});

	it('wildfires: a second verb phrase becomes a coordinate clause that points at the shared subject', () => {
		const clauses = splitClauses(sentence('Firefighters cleared the ridge and saved three farms.'));
		expect(clauses.map((c) => c.text)).toEqual([
			'Firefighters cleared the ridge',
			'saved three farms'
		]);
		expect(clauses[1]).toMatchObject({ kind: 'coordinate', connective: 'and' });
		expect(words(clauses[1]!, clauses[1]!.subject)).toBe('Firefighters');
		expect(words(clauses[1]!, clauses[1]!.verb)).toBe('saved');
	});
});

describe('splitClauses: relative clauses', () => {
	it('summits: a relative clause between commas, with a comma of its own, leaves the host whole', () => {
		const clauses = splitClauses(
			sentence(
				"The summit, which opened in Lagos, Nigeria's largest city, on Monday, was cut short."
			)
		);
		expect(clauses.map(summary)).toEqual([
			{ kind: 'main', text: 'The summit was cut short', subject: 'The summit', verb: 'was cut' },
			{
				kind: 'relative',
				text: "opened in Lagos, Nigeria's largest city, on Monday",
				subject: undefined,
				verb: 'opened'
			}
		]);
		expect(clauses[1]).toMatchObject({ connective: 'which', parent: 0 });
		expect(clauses[0]!.end).toBe(clauses[0]!.sentence.text.length - 1);
	});

	it('courts: a restrictive "that" clause is found and the host keeps it in its subject', () => {
		const clauses = splitClauses(sentence('The law that banned street markets was struck down.'));
		expect(clauses.map(summary)).toEqual([
			{
				kind: 'main',
				text: 'The law that banned street markets was struck down',
				subject: 'The law that banned street markets',
				verb: 'was struck'
			},
			{ kind: 'relative', text: 'banned street markets', subject: undefined, verb: 'banned' }
		]);
		expect(clauses[1]!.parent).toBe(0);
	});
});

describe('splitClauses: reported speech', () => {
	it.each([
		[
			'strikes: "X said that…" gives the content and the speaker',
			'The union said that drivers would walk out on Friday.',
			'drivers would walk out on Friday',
			'The union',
			'that'
		],
		[
			'health: "X told reporters …" without "that"',
			'The minister told reporters the clinics were short of nurses.',
			'the clinics were short of nurses',
			'The minister',
			undefined
		],
		[
			'business: "…, officials said." puts the content first',
			'The factory will close in June, company officials said.',
			'The factory will close in June',
			'company officials',
			undefined
		]
	])('%s', (_, text, content, speaker, connective) => {
		const clauses = splitClauses(sentence(text));
		const reported = clauses.find((c) => c.kind === 'reported');
		expect(reported).toMatchObject({ text: content, speaker, quoted: false });
		expect(reported?.connective).toBe(connective);
		expect(clauses[reported!.parent!]!.kind).toBe('main');
	});

	it('science: "according to X" marks the content as reported by X', () => {
		const clauses = splitClauses(
			sentence('According to the space agency, the probe landed safely.')
		);
		expect(clauses.map(summary)).toEqual([
			{ kind: 'reported', text: 'the probe landed safely', subject: 'the probe', verb: 'landed' }
		]);
		expect(clauses[0]).toMatchObject({ speaker: 'the space agency', connective: 'according to' });
	});

	it('sports: a direct quote with its speaker after it is quoted and attributed', () => {
		const clauses = splitClauses(sentence('“We played badly,” the coach said on Sunday.'));
		expect(clauses.map((c) => [c.kind, c.text, c.speaker, c.quoted])).toEqual([
			['reported', 'We played badly', 'the coach', true],
			['main', 'the coach said on Sunday', undefined, undefined]
		]);
		expect(clauses[0]!.parent).toBe(1);
	});

	it('summits: both halves of a split quote find the speaker between them', () => {
		const clauses = splitClauses(
			sentence('“The talks went well,” Ms. Ito said, “but no deal was signed.”')
		);
		const quotes = clauses.filter((c) => c.quoted);
		expect(quotes.map((c) => [c.text, c.speaker])).toEqual([
			['The talks went well', 'Ms. Ito'],
			['no deal was signed', 'Ms. Ito']
		]);
		expect(quotes[1]!.connective).toBe('but');
	});

	it('courts: a clause whose subject stands inside a quotation is quoted, even when its frame is too long to read', () => {
		const clauses = splitClauses(
			sentence(
				'"Despite a highly questionable process, Pete has complied with every procedure, including being escorted from the building," Aitan Goelman said in a statement emailed to VOA.'
			)
		);
		const pete = clauses.find((c) => words(c, c.subject) === 'Pete');
		expect(pete?.quoted).toBe(true);
	});
});

describe('splitClauses: subordinate clauses', () => {
	it.each([
		[
			'health: "because"',
			'The hospital closed its ward because two nurses fell ill.',
			'because',
			'two nurses fell ill'
		],
		[
			'floods: "after" with a clause',
			'Residents fled after the levee broke on Monday.',
			'after',
			'the levee broke on Monday'
		],
		['elections: "when"', 'The count stopped when the power failed.', 'when', 'the power failed'],
		[
			'strikes: "although"',
			'The buses ran, although the drivers had voted to strike.',
			'although',
			'the drivers had voted to strike'
		],
		[
			'sports: "in order to"',
			'The club sold two players in order to cut its debts.',
			'in order to',
			'cut its debts'
		],
		[
			'business: "so that"',
			'The bank cut rates so that firms could borrow more.',
			'so that',
			'firms could borrow more'
		],
		[
			'wildfires: a participle after a comma',
			'Flames swept through the valley, forcing hundreds of families to leave.',
			'forcing',
			'forcing hundreds of families to leave'
		],
		[
			'strikes: a participle of blame',
			'Commuters were stranded for hours, blaming the rail operator.',
			'blaming',
			'blaming the rail operator'
		]
	])('%s becomes a subordinate clause of the main one', (_, text, connective, clauseText) => {
		const clauses = splitClauses(sentence(text));
		const sub = clauses.find((c) => c.kind === 'subordinate');
		expect(sub).toMatchObject({ connective, text: clauseText, parent: 0 });
		expect(clauses[0]!.kind).toBe('main');
	});

	it('courts: a leading "although" clause hangs on the main clause after it', () => {
		const clauses = splitClauses(
			sentence('Although the jury was divided, the judge accepted the verdict.')
		);
		expect(clauses.map((c) => [c.kind, c.text, c.parent])).toEqual([
			['subordinate', 'the jury was divided', 1],
			['main', 'the judge accepted the verdict', undefined]
		]);
	});
});

describe('splitClauses: subject and verb', () => {
	it.each([
		[
			'courts: a leading opener is skipped',
			'On Tuesday, the court ruled against the city.',
			'the court',
			'ruled'
		],
		[
			'wildfires: the passive keeps its auxiliary',
			'Two villages were evacuated by the army.',
			'Two villages',
			'were evacuated'
		],
		[
			'health: negation and a modal are part of the verb',
			'The vaccine would not reach rural clinics.',
			'The vaccine',
			'would not reach'
		],
		[
			'science: a perfect tense is one verb group',
			'The telescope has confirmed the signal.',
			'The telescope',
			'has confirmed'
		],
		[
			'law: a progressive form compromise tags as a noun is still the verb',
			'A group of former judges is urging Mayor Tom Diaz to veto the bill.',
			'A group of former judges',
			'is urging'
		],
		[
			'housing: "is nothing" is a copula and a pronoun, not a progressive',
			'The new tower is nothing like the old one.',
			'The new tower',
			'is'
		],
		[
			'floods: "however" between subject and verb is neither',
			'The mayor, however, rejected the plan.',
			'The mayor',
			'rejected'
		]
	])('%s', (_, text, subject, verb) => {
		const [main] = splitClauses(sentence(text));
		expect([words(main!, main!.subject), words(main!, main!.verb)]).toEqual([subject, verb]);
	});
});

describe('splitClauses: robustness', () => {
	it('gives one main clause for a verbless headline, a list and a bare quote', () => {
		for (const text of [
			'Flood warnings across the north.',
			'Apples, pears, plums and grapes.',
			'“Never again.”'
		]) {
			const clauses = splitClauses(sentence(text));
			expect(clauses).toHaveLength(1);
			expect(clauses[0]!.kind).toBe('main');
		}
	});

	it('gives a main clause for a sentence with no terms', () => {
		const empty: ArticleSentence = {
			id: 's',
			text: '',
			paragraph: 1,
			position: 0,
			terms: [],
			isQuestion: false
		};
		expect(splitClauses(empty)).toMatchObject([{ kind: 'main', firstTerm: 0, lastTerm: 0 }]);
	});

	it('never throws and keeps every clause inside its sentence for any string of words', () => {
		const word = fc.constantFrom(
			'the',
			'police',
			'said',
			'and',
			',',
			'which',
			'who',
			'that',
			'because',
			'after',
			'“',
			'”',
			'"',
			'were',
			'injured',
			'according',
			'to',
			'blaming',
			';',
			'in',
			'order',
			'so',
			'Smith',
			'rose',
			'12',
			'.'
		);
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (parts) => {
				const text = `${parts.join(' ')} end.`;
				for (const s of analyzed(text).sentences) {
					const clauses = splitClauses(s);
					expect(clauses.length).toBeGreaterThanOrEqual(1);
					for (const c of clauses) {
						expect(c.start).toBeGreaterThanOrEqual(0);
						expect(c.end).toBeLessThanOrEqual(s.text.length);
						expect(c.firstTerm).toBeLessThanOrEqual(c.lastTerm);
						expect(c.lastTerm).toBeLessThanOrEqual(s.terms.length);
						if (c.parent !== undefined) expect(c.parent).toBeLessThan(clauses.length);
					}
				}
			}),
			{ numRuns: 150, seed: 7 }
		);
	});
});
