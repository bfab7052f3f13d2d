import { describe, expect, it } from 'vitest';
import { BUILDERS } from '../../../src/lib/reading/generate/questions/builders';
import { generateQuestions } from '../../../src/lib/reading/generate';
import { gapPrompt } from '../../../src/lib/reading/generate/compose/clause-gap';
import {
	asksTheDateline,
	copiesItsEvidence,
	splitsCompound,
	leansOnPronoun,
	opensOnUnshownThing,
	pointsToUnshown,
	convertedBesideGap,
	tooBareAroundGap,
	splitsPersonName,
	splitsSpelledOutName
} from '../../../src/lib/reading/generate/facts/form-checks';
import { singleChoice } from '../../../src/lib/reading/generate/compose/draft';
import { isClearOrganization } from '../../../src/lib/reading/generate/distractors/entities';
import { reportedWhQuestions } from '../../../src/lib/reading/generate/questions/reported-wh';
import { whQuestions } from '../../../src/lib/reading/generate/questions/wh';
import { tallyQuestions } from '../../../src/lib/reading/generate/questions/tallies';
import { statementOf } from '../../../src/lib/reading/generate/questions/main-idea';
import { quoteQuestions } from '../../../src/lib/reading/generate/questions/quotes';
import { roleQuestions } from '../../../src/lib/reading/generate/questions/roles';
import { entityQuestions } from '../../../src/lib/reading/generate/questions/people';
import { stanceQuestions } from '../../../src/lib/reading/generate/questions/stance';
import type { Article, Candidate, Entity } from '../../../src/lib/reading/generate/types';
import { analyzed, PADDING } from './helpers';

const HARBOUR = [
	'“We will not reopen the port until the wall is safe,” Mayor Helen Carter said on Monday.',
	'Port director Omar Haddad, the city’s chief engineer, called the damage “worse than any storm in memory.”',
	'The council voted 7-2 to spend 40 million euros on repairs, and 1,200 dock workers were sent home.',
	'Union leader Maria Ferro said the workers would strike if wages were cut.',
	'Engineers found that the sea wall had cracked in three places after the storm.'
];
/** What every generated question a form rule is checked on holds besides its prompt and answer. */
const GENERATED = {
	id: 'q-1',
	evidence: ['The river rose 4.5 metres on Sunday.'],
	sentenceIds: ['p1s1'],
	skill: 'number' as const,
	difficulty: 'easy' as const,
	origin: 'generated' as const
};
/** A typed question answered `answerText`, for a rule to check with its own prompt. */
const typed = <T extends 'cloze' | 'short-answer'>(type: T, answerText: string) => ({
	...GENERATED,
	type,
	answerText,
	accepted: [answerText],
	rejected: [] as string[]
});
const asked = (build: (article: Article) => Candidate[], ...paragraphs: string[]) =>
	build(analyzed(...paragraphs, ...PADDING)).map((c) => [c.draft.prompt, c.draft.answerText]);

describe('who said it', () => {
	it('attributes a quotation to its speaker, named after it with a title', () => {
		expect(asked(quoteQuestions, ...HARBOUR)).toContainEqual([
			'According to the article, who said: “We will not reopen the port until the wall is safe”?',
			'Helen Carter'
		]);
	});

	it('attributes a quotation led by “he said” to the person named before it', () => {
		const questions = asked(
			quoteQuestions,
			'Coach Daniel Osei watched his team lose the final on Saturday.',
			'He said, “We were beaten by a better side and we have no excuses.”'
		);
		expect(questions).toContainEqual([
			'According to the article, who said: “We were beaten by a better side and we have no excuses.”?',
			'Daniel Osei'
		]);
	});

	it('shows as evidence the sentence that names the speaker when the quotation’s does not', () => {
		const article = analyzed(
			'Coach Daniel Osei watched his team lose the final on Saturday.',
			'“We were beaten by a better side and we have no excuses,” he said.',
			...PADDING
		);
		const evidence = quoteQuestions(article).map((c) => c.draft.evidence);
		expect(evidence.length).toBeGreaterThan(0);
		for (const sentences of evidence) {
			expect(sentences[0]).toContain('Daniel Osei');
			expect(sentences.at(-1)).toContain('no excuses');
		}
	});

	it('accepts what the article calls the speaker when the answer is typed', () => {
		const article = analyzed(
			'“We are not dealing with an isolated case,” Chief Veterinary Officer Tomasz Wieczorek told reporters.',
			'“The main question is why so many people were allowed on board,” said Arief Santoso, head of the rescue office in Makassar.',
			...PADDING
		);
		const accepted = quoteQuestions(article).flatMap((c) =>
			c.draft.type === 'short-answer' ? c.draft.accepted : []
		);
		expect(accepted).toEqual(
			expect.arrayContaining(['Chief Veterinary Officer', 'head of the rescue office in Makassar'])
		);
	});

	it('shows only the quotation’s sentence when it names the speaker', () => {
		const evidence = quoteQuestions(analyzed(...HARBOUR, ...PADDING)).map((c) => c.draft.evidence);
		expect(evidence.length).toBeGreaterThan(0);
		expect(evidence.every((sentences) => sentences.length === 1)).toBe(true);
	});
});

describe('who said it: the ways news writes a quotation', () => {
	const speakerOf = (...paragraphs: string[]) =>
		Object.fromEntries(
			asked(quoteQuestions, ...paragraphs)
				.filter(([prompt]) => prompt!.startsWith('According to the article, who said'))
				.map(([prompt, answer]) => [/“(.+)”\?$/.exec(prompt!)![1], answer])
		);

	it.each([
		[
			'“said” before a name with an apposition after it',
			'“Our clients have no news of their children,” said Rosa Almeida, an attorney with the legal aid office.',
			'Rosa Almeida'
		],
		[
			'a title with a full stop',
			'“We will get the votes we need,” Finance Committee member Rep. Tomas Varga said of the plan.',
			'Tomas Varga'
		],
		[
			'a name and an apposition before “said”',
			'“We see new attacks every week,” Lena Brandt, head of research at Norden Security, said.',
			'Lena Brandt'
		],
		[
			'an adverbial before the speaker',
			'Later, Mayor Helen Carter told reporters, “The harbour will open in May.”',
			'Helen Carter'
		],
		[
			'two descriptions between the name and “told”',
			'“We see new attacks every week,” Lena Brandt, head of research at Norden Security, a firm based in Oslo, told reporters.',
			'Lena Brandt'
		]
	])('%s', (_, sentence, speaker) => {
		expect(Object.values(speakerOf(sentence))).toEqual([speaker]);
	});

	it('cuts a long quotation at a comma, marked with “…”, to ask whose words it is', () => {
		const said = speakerOf(
			'“The new ferry, which the council ordered after two winters of cancelled crossings and a long fight with the operator over the timetable, will carry twice as many cars,” said Mayor Helen Carter.'
		);
		expect(said).toEqual({
			'The new ferry, which the council ordered after two winters of cancelled crossings and a long fight with the operator over the timetable …':
				'Helen Carter'
		});
	});

	it('cuts a long quotation before a quotation inside it, never in it', () => {
		const said = speakerOf(
			'“This is a chance for them to show their strength and to say, ‘If you think you can close our port and put us under new taxes, we will answer you with every boat we have,’ ” Varga told reporters.',
			'Tomas Varga, a fisherman, has worked in the port for thirty years.'
		);
		expect(said).toEqual({
			'This is a chance for them to show their strength and to say …': 'Tomas Varga'
		});
	});

	it('asks nothing of a long quotation with no comma to cut it at', () => {
		const said = speakerOf(
			'“The new ferry that the council ordered after two winters of cancelled crossings and a long fight with the operator over the timetable will carry twice as many cars as the old one did” said Mayor Helen Carter.'
		);
		expect(said).toEqual({});
	});

	it('gives no person the words “they” said: a group spoke', () => {
		const said = speakerOf(
			'Attorney General Maria Soto announced the policy in April.',
			'More than 70 former prosecutors wrote to Soto on Monday.',
			'“The policy is dangerous, expensive and against the values we served,” they wrote.'
		);
		expect(said).toEqual({});
	});

	it('gives a quotation that goes on in the next sentence to the same speaker', () => {
		const said = speakerOf(
			'The families waited outside the court in Brownsville on Friday.',
			'“Our clients have no news of their children,” said Rosa Almeida, an attorney. “So far the answers have been entirely inadequate.”'
		);
		expect(said['So far the answers have been entirely inadequate']).toBe('Rosa Almeida');
	});

	it('asks which words a person said, the others’ words as wrong options with whose they were', () => {
		const questions = quoteQuestions(
			analyzed(
				'“The wall will be rebuilt by June,” Mayor Helen Carter said.',
				'“We cannot wait that long,” said fisherman Tomas Varga.',
				'“The repairs will cost far more than planned,” engineer Omar Haddad said.',
				'“Our boats have stayed in port for a month,” Varga added.',
				...PADDING
			)
		).map((c) => c.draft);
		const which = questions.find((d) => d.prompt.includes('which of these did Helen Carter say'));
		expect(which?.type).toBe('single-choice');
		if (which?.type !== 'single-choice') return;
		expect(which.options[which.correctIndex]).toBe('“The wall will be rebuilt by June”');
		expect(which.options).toHaveLength(4);
		expect(which.optionFeedback?.filter(Boolean)).toContain(
			'Not Helen Carter: Tomas Varga said this.'
		);
	});
});

describe('stance', () => {
	it('takes a judgement of up to twelve quoted words', () => {
		expect(
			asked(
				stanceQuestions,
				'In a statement, Mayor Helen Carter called the ruling “a great victory for the people of the harbour and the town.”'
			)
		).toContainEqual([
			'How did Helen Carter describe the ruling?',
			'a great victory for the people of the harbour and the town'
		]);
	});

	it('asks how a named person described something, with the quoted words as the answer', () => {
		expect(asked(stanceQuestions, ...HARBOUR)).toContainEqual([
			'How did Omar Haddad describe the damage?',
			'worse than any storm in memory'
		]);
	});
});

describe('roles', () => {
	it('asks about no role held once, nor one owned by a thing another sentence names', () => {
		const questions = asked(
			roleQuestions,
			'Then-Harbour Master Ana Ruiz closed the port in 2019.',
			'Tomas Varga, the department’s chief engineer, inspected the wall.',
			'Port director Omar Haddad, the city’s chief engineer, inspected the pier.',
			'Harbour Mayor Helen Carter opened the pier.'
		).map(([prompt, answer]) => `${prompt} ${answer}`);
		expect(
			questions.filter((q) => /Ana Ruiz|Harbour Master|Tomas Varga|department/.test(q))
		).toEqual([]);
		expect(questions.some((q) => q.includes('Omar Haddad'))).toBe(true);
	});

	it('asks no one who holds a role that another person held before', () => {
		const prompts = asked(
			roleQuestions,
			'FBI Director Tomas Varga said on Monday that the bureau would review the case.',
			'Former FBI Director Helen Carter criticized the review on Tuesday.'
		).map(([prompt]) => prompt);
		expect(prompts).not.toContain('According to the article, who is the FBI Director?');
		// The former holder is one person, and the sentence's capital is not part of the role.
		expect(prompts).toContain('According to the article, who is the former FBI Director?');
		// "current" says there were others, named or not.
		const current = asked(
			roleQuestions,
			'Mayor Ana Ruiz praised current FBI Director Tomas Varga on Monday.',
			'Port director Omar Haddad, the city’s chief engineer, inspected the pier.'
		).map(([prompt]) => prompt);
		expect(current).not.toContain('According to the article, who is the FBI Director?');
		expect(current).toContain('According to the article, who is the city’s chief engineer?');
	});

	it('asks no one’s party and seat, though they serve as wrong options', () => {
		const questions = asked(
			roleQuestions,
			'Democratic Senator Ana Ruiz said the bill would fail.',
			'Tomas Varga, a Republican from Oklahoma, backed the bill.',
			'Port director Omar Haddad, the city’s chief engineer, inspected the pier.',
			'Harbour Mayor Helen Carter opened the pier.',
			'Senate Republican whip Dana Cole scheduled the vote.'
		);
		const prompts = questions.map(([prompt]) => prompt);
		expect(
			prompts.filter((p) => /Democratic Senator|Republican from|Ana Ruiz|Tomas Varga/.test(p!))
		).toEqual([]);
		// A party office is a role.
		expect(prompts).toContain('According to the article, who is the Senate Republican whip?');
	});

	it('asks who holds a role given in apposition', () => {
		expect(asked(roleQuestions, ...HARBOUR)).toContainEqual([
			'According to the article, who is the city’s chief engineer?',
			'Omar Haddad'
		]);
	});

	it('offers no head of state as a wrong answer for a company role', () => {
		const article = analyzed(
			'Charles Carmakal, the vice president of Mandiant Consulting, said the attacks were growing.',
			'Police Chief Omar Haddad agreed with him on Tuesday.',
			'Fire Commissioner Dana Ruiz studied the damage.',
			'U.S. President Donald Trump spoke about the attacks on Monday.',
			...PADDING
		);
		const question = roleQuestions(article).find(
			(c) =>
				c.draft.prompt ===
				'According to the article, who is the vice president of Mandiant Consulting?'
		)?.draft;
		expect(question?.type === 'single-choice' && question.options).toContain('Omar Haddad');
		expect(question?.type === 'single-choice' && question.options).not.toContain('Donald Trump');
	});

	it('asks nothing about a one-word title such as “President”', () => {
		const questions = asked(roleQuestions, 'President Lena Park opened the new bridge on Friday.');
		expect(questions).toEqual([]);
	});

	it('asks neither way round who a country’s leader is: that needs no reading', () => {
		const questions = asked(
			roleQuestions,
			'The talks with Ana Ruiz, Kestrel’s leader, began on Monday.',
			'Kestrel President Tom Cole said the bill would pass.',
			'Port director Omar Haddad, the city’s chief engineer, inspected the wall.',
			'Harbour Mayor Helen Carter opened the pier.'
		).map(([prompt]) => prompt);
		expect(
			questions.filter((p) => p && /Ana Ruiz|Kestrel’s leader|Tom Cole|President/.test(p))
		).toEqual([]);
		expect(questions).toContain('According to the article, who is the city’s chief engineer?');
	});

	it('asks no one who “the North Korean leader” is', () => {
		const questions = asked(
			roleQuestions,
			'North Korean leader Kim Jong Un met envoys on Monday.',
			'Port director Omar Haddad, the city’s chief engineer, inspected the pier.',
			'Harbour Mayor Helen Carter opened the pier.'
		).map(([prompt, answer]) => `${prompt} ${answer}`);
		expect(questions.filter((q) => /Kim Jong Un|North Korean leader/.test(q))).toEqual([]);
	});

	it('asks no one who a country’s leader is, but who holds a title to learn', () => {
		const questions = asked(
			roleQuestions,
			'The talks with Ana Ruiz, Kestrel’s leader, began on Monday.',
			'Senate Majority Leader Tom Cole said the bill would pass.',
			'Port director Omar Haddad, the city’s chief engineer, inspected the wall.',
			'Harbour Mayor Helen Carter opened the pier.'
		).map(([prompt]) => prompt);
		expect(questions).not.toContain('According to the article, who is Ana Ruiz?');
		expect(questions).toContain('According to the article, who is Tom Cole?');
	});

	it('asks no one who said words an official of an organization spoke', () => {
		const prompts = quoteQuestions(
			analyzed(
				'“The port will open on Monday,” a Harbour Board official told reporters.',
				'“We are ready,” Mayor Helen Carter said.',
				'“The wall is safe,” said engineer Omar Haddad.',
				...PADDING
			)
		).map((c) => c.draft.answerText);
		expect(prompts).not.toContain('Harbour Board');
		expect(prompts).toContain('Helen Carter');
	});

	it('matches only three people or more: two pairs answer themselves', () => {
		const article = analyzed(
			'Port director Omar Haddad, the city’s chief engineer, inspected the wall.',
			'Harbour Mayor Helen Carter opened the new pier.',
			...PADDING
		);
		expect(entityQuestions(article).filter((c) => c.draft.type === 'matching')).toEqual([]);
	});

	it('asks no “Which place …?” of a place that acts: it is a misread body', () => {
		const prompts = entityQuestions(
			analyzed('Brownsville said it would continue its work for the three families.', ...PADDING)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => p.startsWith('Which place'))).toEqual([]);
	});

	it('asks no “Who said she …?”: the pronoun tells which person it was', () => {
		const prompts = entityQuestions(
			analyzed(
				'Governor Ana Ruiz said she had closed the quarry pending an investigation.',
				'Mayor Tomas Varga visited the village on Friday.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /\bshe\b/.test(p))).toEqual([]);
		expect(prompts).toContain('Who visited the village on Friday?');
	});

	it('matches no one to a bare courtesy abbreviation (“Rep.”)', () => {
		const article = analyzed(
			'Rep. Tom Cole said the harbour bill would pass.',
			'Port director Omar Haddad, the city’s chief engineer, inspected the wall.',
			'Harbour Mayor Helen Carter opened the new pier.',
			'Fisheries Minister Ana Ruiz praised the work.',
			...PADDING
		);
		const pairs = entityQuestions(article).flatMap((c) =>
			c.draft.type === 'matching' ? c.draft.pairs : []
		);
		expect(pairs.length).toBeGreaterThan(0);
		expect(pairs.map((p) => p.right)).not.toContain('Rep.');
	});

	it('ends a description set off after a name where a clause about the person begins', () => {
		const article = analyzed(
			'Hilde Maes, a historian at Ghent University who co-led the research, said the team had examined the objects.',
			'Harbour Mayor Helen Carter opened the new pier.',
			'Fisheries Minister Ana Ruiz praised the work.',
			...PADDING
		);
		const pairs = entityQuestions(article).flatMap((c) =>
			c.draft.type === 'matching' ? c.draft.pairs : []
		);
		expect(pairs).toContainEqual({ left: 'Hilde Maes', right: 'A historian at Ghent University' });
	});
});

describe('tallies', () => {
	it('asks a vote tally as a gap in its clause, accepting it written out', () => {
		const [question] = tallyQuestions(analyzed(...HARBOUR, ...PADDING));
		expect(question?.draft.prompt).toBe(
			'The council voted _____ to spend 40 million euros on repairs, and 1,200 dock workers were sent home.'
		);
		expect(question?.draft.type === 'cloze' && question.draft.accepted).toContain('7 to 2');
	});
});

describe('main statement of a sentence', () => {
	it.each([
		[
			'During the storm, the city council closed every school in the district.',
			'The city council closed every school in the district'
		],
		['“We will rebuild,” the mayor said on Monday.', undefined],
		[
			'The harbour board has closed its oldest pier for repairs.',
			'The harbour board has closed its oldest pier for repairs'
		],
		['Its oldest pier has been closed for repairs.', undefined],
		[
			'Even as talks continue, the harbour board is closing its oldest pier.',
			'The harbour board is closing its oldest pier'
		],
		[
			'The new dam could flood three villages in the valley.',
			'The new dam could flood three villages in the valley'
		],
		['If the talks fail, the board will close the pier.', undefined],
		// Too long: cut before the aside, not inside "Carter, under heavy pressure…".
		[
			'The harbour board closed the old pier on Monday to all boats and all visitors from the mainland, the day Mayor Helen Carter, under heavy pressure from angry fishermen and worried shop owners across the town, ordered an end to the works.',
			'The harbour board closed the old pier on Monday to all boats and all visitors from the mainland'
		],
		['It was the worst flood in a century, officials said.', undefined],
		// An event attributed after it is the statement; its source only attributes it.
		[
			'The harbour board closed the old pier to all boats on Monday, its director confirmed.',
			'The harbour board closed the old pier to all boats on Monday'
		],
		// A quotation's tail and its attribution are no statement of what happened.
		[
			'"Why was the port closed when the storm had passed? Shame on them!" the mayor wrote on Sunday.',
			undefined
		],
		[
			'The nearly 300-page audit, released on Thursday, said that while the accounts “raised doubts” about the harbour fund, auditors found no evidence that the money was stolen.',
			'The nearly 300-page audit, released on Thursday, said that while the accounts “raised doubts” about the harbour fund, auditors found no evidence that the money was stolen'
		],
		// Cut before "after …", the verb says nothing: "The new fines, set by the council, come".
		[
			'The new fines, set by the harbour council, come after the mayor said in a letter on Monday that fishermen had ignored the rules for years.',
			undefined
		],
		// Cut for length at a comma before its verb, it would be a subject with no predicate.
		// A clause joined on by "and" is half of the event.
		[
			'At least 34 people have been killed and more than 12,000 forced from their homes in northern Peru after days of rain, authorities said on Wednesday.',
			'At least 34 people have been killed and more than 12,000 forced from their homes in northern Peru after days of rain'
		],
		// The event is in the clause after "after": without it the statement never says what happened.
		[
			'At least 23 people were killed and 41 others remain missing after a wooden ferry capsized in rough seas off Sulawesi on Tuesday, officials said.',
			'At least 23 people were killed and 41 others remain missing after a wooden ferry capsized in rough seas off Sulawesi on Tuesday'
		],
		[
			'Police searched the flooded valley and found two survivors in the rubble of the old mill.',
			'Police searched the flooded valley and found two survivors in the rubble of the old mill'
		],
		[
			'Maria Lopez, head of the regional fishing cooperative that lands most of the catch in the three small harbour towns along the wild and rocky northern coast, who spent more than a decade as a port inspector in the south, said the closure was a mistake.',
			undefined
		],
		// Cut for length between "that" and its verb, the judge would find only a name.
		[
			'The harbour court judge Anna Berg found that Tomas Varga, who ran the port authority from 2015 to 2021, had taken bribes worth at least $2 million from shipping firms seeking berths in the northern and western ports, and had hidden the money in shell firms.',
			undefined
		],
		// A list's commas belong to the event; the attribution after it does not.
		[
			'Older patients in intensive care were less likely to develop delirium when hospitals dimmed the lights at night, cut overnight noise and used daytime light therapy, according to a Canadian trial published on Wednesday.',
			'Older patients in intensive care were less likely to develop delirium when hospitals dimmed the lights at night, cut overnight noise and used daytime light therapy'
		],
		// What a tribunal found is another clause: the event would end on "found".
		[
			'Kelburn Athletic have been deducted 15 points and placed under a transfer embargo after an independent tribunal found that the club repeatedly failed to pay its players on time.',
			'Kelburn Athletic have been deducted 15 points and placed under a transfer embargo'
		],
		// A long lead is cut at its aside ", in one of …", not before "as formal employees".
		[
			'A Brazilian labor court on Thursday ordered food-delivery company Rapidão to register about 12,000 motorcycle and bicycle couriers in São Paulo as formal employees, in one of the largest rulings yet against the country’s app-based delivery sector.',
			'A Brazilian labor court on Thursday ordered food-delivery company Rapidão to register about 12,000 motorcycle and bicycle couriers in São Paulo as formal employees'
		],
		// Why the event happened is a question of its own, not part of the summary.
		[
			'A landslide triggered by days of heavy rain buried a stretch of the coast road on Thursday, officials said.',
			'A landslide buried a stretch of the coast road on Thursday'
		],
		// A second half joined by "but" keeps what its speakers say, never ending on who says it.
		[
			'The ferry service is expected to resume by 2030, but some harbour experts say that date is unrealistic.',
			'The ferry service is expected to resume by 2030, but some harbour experts say that date is unrealistic'
		]
	])('%s → %s', (sentence, statement) => {
		const article = analyzed(sentence, ...PADDING);
		expect(statementOf(article.sentences[0]!)).toBe(statement);
	});
});

describe('gapPrompt', () => {
	it('keeps a short sentence whole', () => {
		const article = analyzed('The river rose two metres in one night.', ...PADDING);
		const sentence = article.sentences[0]!;
		const at = sentence.text.indexOf('two metres');
		expect(gapPrompt(sentence, at, at + 'two metres'.length)).toBe(
			'The river rose _____ in one night.'
		);
	});

	it('cuts a long sentence to the clause that holds the gap', () => {
		const long =
			'Rescue teams reached the flooded village of Marden late on Tuesday after a long search, and the army sent three helicopters to carry the injured to the regional hospital in Dunmore.';
		const sentence = analyzed(long, ...PADDING).sentences[0]!;
		const at = sentence.text.indexOf('three helicopters');
		const prompt = gapPrompt(sentence, at, at + 'three helicopters'.length);
		expect(prompt).toContain('_____');
		expect(prompt.split(' ').length).toBeLessThan(long.split(' ').length);
		expect(prompt).not.toContain('Marden');
	});
});

describe('options and framing', () => {
	it('never offers two options that could both be right (“House” beside “House of Representatives”)', () => {
		const draft = singleChoice(
			{ prompt: 'Which chamber passed the bill?', skill: 'detail', evidence: [] },
			'U.S. House of Representatives',
			[{ text: 'House' }, { text: 'Senate' }, { text: 'Supreme Court' }]
		);
		expect(draft?.type === 'single-choice' && draft.options).not.toContain('House');
	});

	it('never offers a short first name beside the full name (“Pete” beside “Peter Strzok”)', () => {
		const options = (answer: string, wrong: string[]) => {
			const draft = singleChoice(
				{ prompt: 'Who led the inquiry?', skill: 'detail', evidence: [] },
				answer,
				wrong.map((text) => ({ text }))
			);
			return draft?.type === 'single-choice' ? draft.options : [];
		};
		expect(
			options('Peter Strzok', ['Pete', 'Lisa Page', 'Aitan Goelman', 'Jeff Sessions'])
		).not.toContain('Pete');
		// Another person whose name only starts alike stays an option.
		expect(options('Peter Strzok', ['Petra Novak', 'Lisa Page', 'Aitan Goelman'])).toContain(
			'Petra Novak'
		);
	});

	it('frames a reported claim as its speaker’s, not the article’s', () => {
		const prompts = reportedWhQuestions(
			analyzed(
				'The national news agency said the minister flew to Oslo on Wednesday.',
				'Officials in Bergen confirmed the visit later that day.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		// "Where did the agency say …" could ask where it spoke: the speaker is named first.
		expect(prompts).toContain(
			'According to the national news agency, where did the minister fly on Wednesday?'
		);
		expect(prompts.filter((p) => p.includes('does the article say the minister flew'))).toEqual([]);
	});

	it('asks no second of two joined phrases with the first left in the question', () => {
		const prompts = reportedWhQuestions(
			analyzed(
				'Moldova is bordered to the west by Romania and to the east by Ukraine.',
				'The harbour in Oslo is reached by ferry and by train.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /\sby\?$/.test(p))).toEqual([]);
	});

	it('asks no “when” of a date that starts or ends a state ("since May 15", "until 2030")', () => {
		const article = analyzed(
			'The harbour board said dockers have been on strike since May 15.',
			'Employers have offered a guarantee covering most jobs until 2030.',
			'Unions refused to lift a ban that has been in place since June 2.',
			...PADDING
		);
		const whens = [...reportedWhQuestions(article), ...whQuestions(article)]
			.map((c) => c.draft)
			.filter((d) => d.prompt.startsWith('When'))
			.map((d) => d.answerText);
		expect(whens).not.toContain('May 15');
		expect(whens).not.toContain('2030');
		expect(whens).not.toContain('June 2');
	});

	it('names the speaker first for where a reported event happens, names after “both” kept', () => {
		const prompts = reportedWhQuestions(
			analyzed(
				'Both Tomas Varga and Helen Carter are set to attend the summit in Canada, according to officials in Bergen.',
				'Tomas Varga met Helen Carter on Monday.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(prompts).toContain(
			'According to officials in Bergen, where are both Tomas Varga and Helen Carter set to attend the summit?'
		);
	});

	it('asks what a thing is only when the phrase after “is” ends the clause, and no “when” of it', () => {
		const prompts = reportedWhQuestions(
			analyzed(
				'The Valmouth Compact is a harbour agreement signed in 2019 that protects fishing boats.',
				'The Valmouth Treaty is a harbour agreement.',
				'The council said the port was closed in March 2020.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => p.includes('Compact'))).toEqual([]);
		// Nor any phrase in the article's own voice: "What does the article say … is?" reads as no
		// question reviewers keep.
		expect(prompts.filter((p) => p.includes('does the article say'))).toEqual([]);
		// A passive is no "be" clause: when it happened is asked.
		expect(prompts).toContain('According to the council, when was the port closed?');
	});

	it('asks no gap in a sentence that opens with “It”', () => {
		const questions = generateQuestions(
			[
				'The council approved a new flood barrier for the river port of Valmouth on Monday.',
				'It will cost 40 million euros and take three years to build.',
				...PADDING
			].join('\n\n')
		);
		expect(
			questions.filter((q) => /_____/.test(q.prompt) && /\bIt will cost\b/.test(q.prompt))
		).toEqual([]);
	});
});

describe('isClearOrganization', () => {
	const entity = (name: string): Entity => ({
		key: name.toLowerCase(),
		kind: 'organization',
		name,
		aliases: [name],
		mentions: [],
		roles: []
	});

	it.each([
		['Justice Department', true],
		['Brookings Institution', true],
		['FBI', true],
		['Angry', false],
		['Conflicted Democrats', false]
	])('%s → %s', (name, clear) => {
		expect(isClearOrganization(entity(name))).toBe(clear);
	});
});

describe('questions that test nothing', () => {
	const base = { ...GENERATED, answerText: 'True' };

	it.each([
		['True or false? The river rose 4.5 metres on Sunday.', true],
		['True or false? The river rose 2 metres on Sunday.', false]
	])('“%s” copies its evidence: %s', (prompt, copies) => {
		const question = {
			...base,
			type: 'true-false' as const,
			prompt,
			answer: true,
			options: ['True', 'False'] as ['True', 'False']
		};
		expect(copiesItsEvidence(question)).toBe(copies);
	});

	it('finds a gap that is part of a name the article spells out for an abbreviation', () => {
		const gap = (prompt: string, answer: string) => ({
			...base,
			type: 'cloze' as const,
			prompt,
			answerText: answer,
			accepted: [answer],
			rejected: []
		});
		const names = ['Deferred Action for Childhood Arrivals'];
		const half = gap(
			'A fix for the _____ for Childhood Arrivals (DACA) program.',
			'Deferred Action'
		);
		const whole = gap(
			'A fix for the _____ (DACA) program.',
			'Deferred Action for Childhood Arrivals'
		);
		expect(splitsSpelledOutName(half, names)).toBe(true);
		const people = ['James Comey', 'Comey', 'Ana Ruiz'];
		expect(
			splitsPersonName(gap('“Look at [Director James] _____ and his moves.”', 'Comey'), people)
		).toBe(true);
		expect(splitsPersonName(gap('Director _____ resigned.', 'Comey'), people)).toBe(false);
		expect(splitsCompound(gap('Camps built during _____ II held thousands.', 'World War'))).toBe(
			true
		);
		expect(splitsCompound(gap('Camps built in _____ held 12,000 people.', 'Wyoming'))).toBe(false);
		expect(splitsSpelledOutName(whole, names)).toBe(false);
	});

	it.each([
		['It rose _____ on Sunday.', true],
		['Choose the answer that fills the gap: They moved _____ people.', true],
		['The river rose _____ on Sunday.', false],
		['There, the mayor spoke for _____ minutes.', true],
		['He said the port would open in _____.', true],
		['Instead, the council sent _____ engineers.', true],
		['Therefore the council sent _____ engineers.', false],
		['The port will reopen in _____, he said.', true],
		['The port will reopen in _____, the mayor said.', false],
		['“They sailed to _____ on Monday,” the mayor said.', true],

		['But three days later, their boats had not moved _____ metres.', true],
		['But the harbour stayed shut for _____ days.', false],
		['Then in May he announced _____ new ferries.', true],
		['In May, the council announced _____ new ferries.', false],
		['In a 46-page ruling read in court, she said the vote lasted _____ days.', true],
		['Speaking to supporters in the square, she promised _____ new police officers.', true],
		['Speaking to supporters in the square, the mayor promised _____ new officers.', false]
	])('“%s” leans on a pronoun: %s', (prompt, leans) => {
		const question = { ...base, type: 'cloze' as const, prompt, accepted: ['x'], rejected: [] };
		expect(leansOnPronoun(question)).toBe(leans);
	});

	it.each([
		['True or false? She ran for the Citizen Party, founded six years ago.', true],
		['True or false? Its shares rose 3% on the exchange after the ruling.', true],
		['True or false? After the vote, they marched to the square.', true],
		['True or false? The ferry company’s shares rose 3% after the ruling.', false]
	])('“%s” judged true or false leans on a pronoun: %s', (prompt, leans) => {
		const question = {
			...base,
			type: 'true-false' as const,
			options: ['True', 'False'] as ['True', 'False'],
			prompt,
			answer: false
		};
		expect(leansOnPronoun(question)).toBe(leans);
	});

	it.each([
		['The move gives _____ the upper hand.', true],
		['The move to close the port angered _____.', false],
		['The uncertainty has left _____ fishermen in the dark.', true],
		['The report took _____ months to complete.', true],
		['The harbour reopened after _____ days.', false],
		['The two leaders spoke as _____ met in Oslo.', true],
		['The two ports of Valmouth reopened after _____ days.', true]
	])('“%s” opens on a thing no title or lead names: %s', (prompt, vague) => {
		const question = { ...base, type: 'cloze' as const, prompt, accepted: ['x'], rejected: [] };
		expect(opensOnUnshownThing(question, new Set())).toBe(vague);
	});

	it('reads “The report” as clear when the title names the report', () => {
		const prompt = 'The report took _____ months to complete.';
		const question = { ...base, type: 'cloze' as const, prompt, accepted: ['x'], rejected: [] };
		expect(opensOnUnshownThing(question, new Set(['report']))).toBe(false);
	});

	it.each([
		['Abe and Trump will meet before the U.S.-North _____.', true],
		['The U.S.-_____ summit is planned for June.', true],
		['The _____-Kim summit is planned for June.', true],
		['The council agreed a _____-year deal.', false],
		['The U.S.-Mexico _____ stayed open.', false],
		['Trade across the _____ stayed open.', false]
	])('“%s” splits a hyphenated name: %s', (prompt, splits) => {
		const answerText = prompt.includes('North') ? 'Korea summit' : 'x';
		const question = {
			...base,
			type: 'cloze' as const,
			prompt,
			answerText,
			accepted: [answerText],
			rejected: []
		};
		expect(splitsCompound(question)).toBe(splits);
	});

	it.each([
		['Washington', 'geography', 'WASHINGTON', true],
		['Washington', 'geography', 'WASHINGTON, D.C.', true],
		['Washington', 'geography', undefined, false],
		['Tokyo', 'geography', 'WASHINGTON', false],
		// "WHITE HOUSE —" datelines a story; the White House as an actor is no trivia.
		['White House', 'detail', 'WHITE HOUSE', false]
	] as const)(
		'a %s answer (%s) under the dateline %j asks the dateline: %s',
		(answer, skill, dateline, asks) => {
			const question = {
				...base,
				skill,
				type: 'cloze' as const,
				prompt: 'The bureau’s _____ office closed.',
				answerText: answer,
				accepted: [answer],
				rejected: []
			};
			expect(asksTheDateline(question, [answer], dateline)).toBe(asks);
		}
	);

	it('asks where of no one of two joined places (“rent offices and Faro?”)', () => {
		const prompts = reportedWhQuestions(
			analyzed('The agency will rent offices in Porto and Faro until next year.', ...PADDING)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /^Where/.test(p))).toEqual([]);
	});

	it('asks nothing about whom someone told (“Which organization … told?”)', () => {
		const prompts = reportedWhQuestions(
			analyzed('The mayor told CNN that the town was safe.', ...PADDING)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => /\btold\b/.test(p) && /^(?:Who|Which)/.test(p))).toEqual([]);
	});

	it('asks for no object whose modifier would be left behind (“asked presiding over”)', () => {
		const prompts = reportedWhQuestions(
			analyzed(
				'Prosecutors then asked the federal judge presiding over the harbour case in Lisbon to revoke the bail conditions.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => p.includes('asked presiding'))).toEqual([]);
	});

	it('asks nothing of a clause whose subject is cut from a fronted phrase', () => {
		const prompts = reportedWhQuestions(
			analyzed(
				'And underlying all the talks on the harbour budget is finding a lasting repair for the old wall.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(prompts.filter((p) => p.includes('the talks on the harbour budget is'))).toEqual([]);
	});
});

describe('a question that points to what another sentence names', () => {
	const base = { ...typed('short-answer', 'x'), skill: 'detail' as const };
	it.each([
		['But the end of that epidemic started Tuesday, Rep. _____ said.', 'x', true],
		['Why were these measures dropped?', 'x', true],
		['Where did those workers go?', 'x', true],
		['What does the article say 21 people were killed in?', 'those protests', true],
		['What happened this week in the Senate?', 'x', false],
		['Which of these does the article NOT say happened?', 'x', false],
		['Put these events in the order in which they happened, according to the article.', 'x', false],
		['According to the article, who said: “These measures are late”?', 'x', false],
		['Who said that the port would reopen?', 'x', false],
		['What did the council say that it would do?', 'x', false],
		['How many people were killed there?', '22', true],
		['Who led the party then?', 'x', true],
		['Why did there seem to be no warning?', 'x', false]
	])('“%s” (answer %s) points to something unshown: %s', (prompt, answerText, points) => {
		expect(pointsToUnshown({ ...base, prompt, answerText })).toBe(points);
	});
});

describe('a gap whose amount the sentence converts', () => {
	const base = typed('cloze', '18');
	it.each([
		['He now walks _____ kilometres (11 miles) a day to fetch water.', true],
		['The zone covers _____ square kilometres (1.7 square miles).', true],
		['Drivers will pay _____ ($6.50) a day.', true],
		['He now walks _____ kilometres a day (the longest walk in years).', false],
		['He now walks _____ kilometres a day to fetch water.', false],
		['The project rebuilds 18 kilometers (_____ miles) of dike.', true],
		['A 1.2 trillion dong ($_____ million) project was approved.', true],
		['The 18 kilometers of dike (_____ of them new) were approved.', false]
	])('“%s” gives the amount away: %s', (prompt, converted) => {
		expect(convertedBesideGap({ ...base, prompt })).toBe(converted);
	});
});

describe('a gap in a bare sentence', () => {
	const base = typed('cloze', '4%');
	it.each([
		['Employers have offered _____.', true],
		['Choose the answer that fills the gap: Employers have offered _____.', true],
		['“It is _____,” she said.', true],
		['Employers have offered a pay rise of _____ over two years.', false],
		['Protection systems disconnected the power plants in order _____ across the grid.', true],
		['Protection systems disconnected the power plants in order to _____ the generators.', false]
	])('“%s” is too bare to read: %s', (prompt, bare) => {
		expect(tooBareAroundGap({ ...base, prompt })).toBe(bare);
	});
});

describe('a quotation said by "he"', () => {
	it('goes on with the subject of the sentence before, not the last name in it', () => {
		const article = analyzed(
			'Opposition candidate Elena Quiroz won the presidential run-off on Sunday.',
			'Former minister Rodrigo Salas conceded before midnight, telling supporters that he had called Quiroz to congratulate her. “The people have spoken, and we accept their decision,” he said.',
			...PADDING
		);
		const asked = quoteQuestions(article)
			.map((c) => c.draft)
			.find((d) => d.prompt.includes('The people have spoken'));
		expect(asked?.answerText).toBe('Rodrigo Salas');
	});
});

describe('whose judgement a quoted description is', () => {
	it('is the person named before their role, not the party in it', () => {
		const article = analyzed(
			'Parliament passed the mining law on Thursday by 39 votes to 33.',
			'Tsogtbaatar Nomin, leader of the opposition Democratic Party, called the vote “a gamble with the future of the country”.',
			'Nomin said her party would challenge the law in the Constitutional Court.',
			...PADDING
		);
		const prompts = stanceQuestions(article).map((c) => c.draft.prompt);
		expect(prompts).toContain('How did Tsogtbaatar Nomin describe the vote?');
		expect(prompts.some((p) => /Democratic Party describe/.test(p))).toBe(false);
	});
});

describe('a gap in a clause that ends inside brackets', () => {
	it('keeps the sentence whole rather than leave a bracket open', () => {
		const article = analyzed(
			'The blaze broke out shortly after 1 p.m. on a hillside near the village of Stamata and was quickly pushed south by strong winds gusting up to 70 kilometres per hour (43 mph), and firefighters struggled for hours to reach it.',
			...PADDING
		);
		const prompts = BUILDERS.flatMap((build) => build(article)).map((c) => c.draft.prompt);
		for (const prompt of prompts)
			expect((prompt.match(/\(/g) ?? []).length, prompt).toBe((prompt.match(/\)/g) ?? []).length);
	});
});
