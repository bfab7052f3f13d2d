import { describe, expect, it } from 'vitest';
import { subjectPhraseQuestions } from '../../../src/lib/reading/generate/questions/wh-subject-phrase';
import { wellFormed } from '../../../src/lib/reading/generate/text/question-grammar';
import { analyzed, PADDING } from './helpers';

const drafts = (...paragraphs: string[]) =>
	subjectPhraseQuestions(analyzed(...paragraphs, ...PADDING)).map((c) => c.draft);

describe('questions about a described doer', () => {
	it.each([
		[
			'a group with its count',
			'A coalition of more than 40 local charities is urging the city council to reopen the night shelter.',
			'Who is urging the city council to reopen the night shelter?',
			'A coalition of more than 40 local charities'
		],
		[
			'plural agreement made singular for "who"',
			'Flood-hit rice farmers are demanding compensation from the regional government.',
			'Who is demanding compensation from the regional government?',
			'Flood-hit rice farmers'
		],
		[
			'the reason left to the why-question',
			'Angry taxi drivers blocked the ring road on Monday because of the new fuel tax.',
			'Who blocked the ring road on Monday?',
			'Angry taxi drivers'
		],
		[
			'people named by what they keep, asked with "who"',
			'Local beekeepers welcomed the ban on the weedkiller.',
			'Who welcomed the ban on the weedkiller?',
			'Local beekeepers'
		],
		[
			'people named by what they own, asked with "who"',
			'Homeowners in the valley criticised the new levy.',
			'Who criticised the new levy?',
			'Homeowners in the valley'
		],
		[
			'organizations, asked with "who"',
			'Legal aid organizations are trying to reach the families held at the border.',
			'Who is trying to reach the families held at the border?',
			'Legal aid organizations'
		],
		[
			'an administration, asked with "who"',
			'The state administration cancelled the harbour festival in 2019.',
			'Who cancelled the harbour festival in 2019?',
			'The state administration'
		],
		[
			'a leadership, asked with "who"',
			'The union leadership appeared calm before the final vote on the harbour deal.',
			'Who appeared calm before the final vote on the harbour deal?',
			'The union leadership'
		],
		[
			'a thing, asked with "what"',
			'Heavy autumn rain has flooded the lower town twice this month.',
			'What has flooded the lower town twice this month?',
			'Heavy autumn rain'
		],
		[
			'people listed before what they use, asked with "who"',
			'Police and villagers using shovels reached the buried school on Tuesday.',
			'Who reached the buried school on Tuesday?',
			'Police and villagers using shovels'
		],
		[
			'a court, asked with "who"',
			'A regional court blocked the sale of the city port in March.',
			'Who blocked the sale of the city port in March?',
			'A regional court'
		],
		[
			'a thing before a phrase that names people, asked with "what"',
			'The talks between the two dock unions lasted into the early morning.',
			'What lasted into the early morning?',
			'The talks between the two dock unions'
		]
	])('%s', (_, sentence, prompt, answer) => {
		const found = drafts(sentence).find((d) => d.prompt === prompt);
		expect(found?.answerText).toBe(answer);
		expect(wellFormed(prompt)).toBe(true);
	});

	it.each([
		['a pronoun subject', 'They closed the coastal road to all traffic on Friday.'],
		[
			'a named subject (asked by the named-subject questions)',
			'Mayor Ana Ruiz closed the old bridge to all traffic.'
		],
		[
			'a participle set off by commas',
			'The nearly 300-page audit, released on Monday, found serious flaws in the accounts.'
		],
		[
			'a doer that names nothing alone',
			'The decision angered dozens of shop owners along the harbour.'
		],
		['a verb of saying', 'Local water engineers said the river would peak on Sunday night.'],
		['a negated verb', 'Regional health inspectors did not visit the closed clinic this year.'],
		[
			'an aside after the verb',
			'Talks between the two harbour unions have continued, including a meeting on Sunday at the town hall.'
		],
		[
			'a bare group that may include anyone',
			'Officials closed the coastal road to all traffic on Friday.'
		],
		['a doer whose owner another sentence names', 'Its annual payroll is now about $38 million.'],
		[
			'an adverb read into the subject',
			'The dock union last staged a nationwide strike two years ago.'
		],
		[
			'a bare description after “be”',
			'Head teachers in the pilot districts were largely positive.'
		],
		[
			'“only” read into the subject',
			'Many passengers only noticed the problem when the charges appeared.'
		],
		[
			'a subject cut at its conjunction',
			'Teachers reported fewer cases of lateness, and math grades at the program schools rose by 2.4 points.'
		],
		[
			'a list cut to its first item',
			'The 27-member wage commission is made up of nine representatives each from workers, employers and the public.'
		]
	])('asks nothing for %s', (_, sentence) => {
		expect(drafts(sentence)).toEqual([]);
	});

	it('asks “what” of a body that is described, “who” of one that acts', () => {
		const asked = drafts(
			'The 27-member wage commission is made up of representatives of the unions.',
			'A federal court blocked the harbour merger on Monday.'
		).map((d) => d.prompt);
		expect(asked).toContain('What is made up of representatives of the unions?');
		expect(asked).toContain('Who blocked the harbour merger on Monday?');
	});

	it('offers the doers of other sentences as options, never one sharing the answer’s words', () => {
		const found = drafts(
			'Striking dock workers blocked the main harbour gate on Tuesday.',
			'Angry taxi drivers marched to the town hall on Wednesday.',
			'Local fishing crews stayed in port because of the storm.',
			'Dock security staff reopened the side entrance at noon.'
		).find((d) => d.prompt === 'Who blocked the main harbour gate on Tuesday?');
		expect(found?.type).toBe('single-choice');
		if (found?.type !== 'single-choice') return;
		expect(found.options[found.correctIndex]).toBe('Striking dock workers');
		expect(found.options).toContain('Angry taxi drivers');
		expect(found.options).not.toContain('Dock security staff');
	});

	it('offers only doers that can act as the answer does: no court or people for an idea', () => {
		const found = drafts(
			'Fighting corruption was a central promise of the new harbour board.',
			'A regional court blocked the sale of the city port in March.',
			'Striking dock workers blocked the main harbour gate on Tuesday.',
			'Higher port fees have lowered the number of cruise visits this year.',
			'Rising sea levels threaten the old fishing quarter of the town.'
		).find((d) => d.prompt === 'What was a central promise of the new harbour board?');
		expect(found?.type).toBe('single-choice');
		if (found?.type !== 'single-choice') return;
		expect(found.options).toContain('Higher port fees');
		expect(found.options).not.toContain('A regional court');
		expect(found.options).not.toContain('Striking dock workers');
	});

	it('offers only doers of the answer’s kind of thing: no object for an idea, no idea for a thing', () => {
		const found = drafts(
			'Overall inflation stood at 5.1% in October, the statistics office said.',
			'Riot police fired tear gas at the crowd near the central market.',
			'Water cannon trucks were parked outside the parliament building.',
			'Rising food prices have angered shoppers across the capital.',
			'High youth unemployment has pushed many graduates abroad.'
		).find((d) => d.prompt === 'What stood at 5.1% in October?');
		expect(found?.type).toBe('single-choice');
		if (found?.type !== 'single-choice') return;
		expect([...found.options].sort()).toEqual([
			'High youth unemployment',
			'Overall inflation',
			'Rising food prices'
		]);
	});

	it('drafts a doer with options and typed, as one group, so the ranking keeps one', () => {
		const asked = subjectPhraseQuestions(
			analyzed(
				'A bipartisan group of more than 70 former judges is urging the senate to delay the vote.',
				'Striking dock workers blocked the harbour gates on Monday.',
				'Local fishermen joined the protest on Tuesday.',
				'Angry shop owners closed their doors for an hour.',
				...PADDING
			)
		).filter((c) => c.draft.prompt.startsWith('Who is urging'));
		expect(asked.map((c) => c.draft.type).sort()).toEqual(['short-answer', 'single-choice']);
		expect(new Set(asked.map((c) => c.group)).size).toBe(1);
	});

	it('accepts a person the doer names, typed alone', () => {
		const found = drafts(
			'Port engineer Helen Carter and two others from the harbour authority flew to the island on Sunday.'
		).find((d) => d.prompt === 'Who flew to the island on Sunday?');
		expect(found?.type === 'short-answer' && found.accepted).toContain('Helen Carter');
	});

	it('accepts the head of a typed answer: the people, without the group around them', () => {
		const found = drafts(
			'A bipartisan group of more than 70 former judges is urging the senate to delay the vote.'
		)[0];
		expect(found?.type).toBe('short-answer');
		if (found?.type !== 'short-answer') return;
		expect(found.accepted).toEqual(
			expect.arrayContaining(['former judges', 'judges', 'more than 70 former judges'])
		);
		expect(found.accepted).not.toContain('than 70 former judges');
	});

	it('accepts no head a restrictive clause narrows: the clause says which of them', () => {
		const found = drafts(
			'Drivers who switched off their engines at every stop used 8 percent less fuel than other drivers.',
			'The study was carried out in three cities over a year.'
		).find((d) => d.prompt.startsWith('Who used'));
		expect(found?.type).toBe('short-answer');
		if (found?.type !== 'short-answer') return;
		expect(found.accepted).toContain('Drivers who switched off their engines');
		expect(found.accepted).not.toContain('Drivers');
		expect(found.accepted).not.toContain('engines');
	});
});

describe('a doer named by a role', () => {
	const accepted = (...paragraphs: string[]) =>
		drafts(...paragraphs).flatMap((draft) =>
			draft.type === 'short-answer' ? [[draft.prompt, draft.accepted] as const] : []
		);

	it('accepts the name of the one person the article gives that role', () => {
		const asked = accepted(
			'Harbour Mayor Helen Carter opened the new ferry terminal on Monday.',
			'Later in the week, the harbour mayor also plans to meet the port workers’ union.'
		);
		const question = asked.find(([prompt]) => prompt.startsWith('Who plans to meet'));
		expect(question?.[1]).toEqual(expect.arrayContaining(['Helen Carter', 'Carter']));
	});

	it('accepts no name when two people hold the role', () => {
		const asked = accepted(
			'Harbour Mayor Helen Carter opened the new ferry terminal on Monday.',
			'Harbour Mayor Omar Haddad had planned the terminal ten years earlier.',
			'Later in the week, the harbour mayor also plans to meet the port workers’ union.'
		);
		const question = asked.find(([prompt]) => prompt.startsWith('Who plans to meet'));
		expect(question?.[1]).not.toContain('Helen Carter');
		expect(question?.[1]).not.toContain('Omar Haddad');
	});
});

describe('a described doer the tagger misreads', () => {
	it('asks for no noun after a preposition, whatever verb the tagger finds after it', () => {
		const asked = drafts(
			'“Our priority is to save lives,” said Carmen Rojas, the head of the agency, speaking to reporters at an emergency operations center in Piura.',
			'Rescue teams reached the villages by boat on Tuesday.'
		).map((d) => d.prompt);
		expect(asked.some((p) => /center|centre/.test(p))).toBe(false);
		const options = drafts(
			'Speaking to reporters at an emergency operations center in Piura, officials urged calm.',
			'Rescue teams reached the villages by boat on Tuesday.',
			'Local farmers blocked the main road into the valley.',
			'Scientists have linked the heavy rain to warm ocean water.'
		).flatMap((d) => (d.type === 'single-choice' ? d.options : []));
		expect(options.some((o) => /emergency operations$/.test(o))).toBe(false);
	});
});

describe('a doer whose verb goes on in an infinitive', () => {
	it('never asks the verb without it: "What allows international sports federations?"', () => {
		const asked = drafts(
			'The ethics panel said the payments broke its rules.',
			'Under the new code, Swiss law allows international sports federations, which are based in Lausanne, to be investigated for corruption.'
		).map((d) => d.prompt);
		expect(asked.filter((p) => /allows international sports federations\?$/.test(p))).toEqual([]);
	});
});

describe('a counted doer', () => {
	it('is the how-many questions’ to ask: no "What was waiting …?" → "38 container ships"', () => {
		const asked = drafts(
			'By midday, 38 container ships were waiting to enter the port, according to the port authority.',
			'Dutch exporters of flowers warned of heavy losses as the strike went on.'
		);
		expect(asked.filter((d) => /^(?:What|Who) (?:was|were) waiting/.test(d.prompt))).toEqual([]);
	});
});
