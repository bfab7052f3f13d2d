import { describe, expect, it } from 'vitest';
import { sentenceCentrality } from '../../../src/lib/reading/generate/facts/centrality';
import { importanceModel } from '../../../src/lib/reading/generate/facts/importance';
import { roleQuestions } from '../../../src/lib/reading/generate/questions/roles';
import type { Candidate, FactKind } from '../../../src/lib/reading/generate/types';
import { analyzeArticle } from '../../../src/lib/reading/generate/analyze/article';
import { cleanArticleText, segmentBody } from '../../../src/lib/reading/article';
import { analyzed } from './helpers';

const HARBOUR = [
	'Dock workers at the port of Valmouth went on strike on Monday over pay, halting all container traffic.',
	'The strike left 40 cargo ships waiting outside the port, the harbour authority said.',
	'Union leader Maria Ferro said the dock workers would stay on strike until the port raised pay by 8%.',
	'The port’s owners offered a 3% raise, which the union rejected as far too low.',
	'The weather on Monday was mild and sunny, with a light breeze from the west.'
];

const candidateOn = (sentenceId: string, kind: FactKind, answer: string): Candidate => ({
	draft: {
		type: 'short-answer',
		prompt: 'Question?',
		answerText: answer,
		accepted: [answer],
		rejected: [],
		evidence: ['x'],
		sentenceIds: [sentenceId],
		skill: 'detail',
		difficulty: 'medium'
	},
	score: 8,
	factKey: `${sentenceId}:${answer}`,
	kind,
	answer
});

/** A gap in `prompt` for `answer` of the given sentence, as the gap builders draft it. */
const gapOn = (sentenceId: string, kind: FactKind, answer: string, prompt: string): Candidate => ({
	...candidateOn(sentenceId, kind, answer),
	draft: {
		type: 'cloze',
		prompt,
		answerText: answer,
		accepted: [answer],
		rejected: [],
		evidence: ['x'],
		sentenceIds: [sentenceId],
		skill: kind === 'number' ? 'number' : 'detail',
		difficulty: 'medium'
	}
});

/** A false statement of a number in the given sentence, as the number builder drafts it. */
const falseStatementOn = (sentenceId: string, text: string): Candidate => ({
	...candidateOn(sentenceId, 'number', 'False'),
	draft: {
		type: 'true-false',
		options: ['True', 'False'],
		prompt: `True or false? ${text}`,
		answerText: 'False',
		answer: false,
		evidence: ['x'],
		sentenceIds: [sentenceId],
		skill: 'number',
		difficulty: 'medium'
	}
});

describe('sentence centrality (TextRank)', () => {
	const article = analyzed(...HARBOUR);
	const centrality = sentenceCentrality(article.sentences);

	it('ranks a sentence about the strike above the weather aside', () => {
		expect(centrality.get('p2s1')!).toBeGreaterThan(centrality.get('p5s1')!);
		expect(centrality.get('p3s1')!).toBeGreaterThan(centrality.get('p5s1')!);
	});

	it('scores every sentence between 0 and 1, the most central at 1', () => {
		const values = [...centrality.values()];
		expect(Math.max(...values)).toBe(1);
		expect(values.every((v) => v >= 0 && v <= 1)).toBe(true);
	});
});

describe('fact importance', () => {
	const article = analyzed(...HARBOUR);
	const model = importanceModel(article);

	it('ranks the lead’s event above the same kind of fact in an aside', () => {
		const lead = model.of(candidateOn('p1s1', 'event', 'pay'));
		const aside = model.of(candidateOn('p5s1', 'event', 'a light breeze'));
		expect(lead.score).toBeGreaterThan(aside.score);
	});

	it('ranks a cause above a plain detail of the same sentence', () => {
		const cause = model.of(candidateOn('p3s1', 'cause', 'until the port raised pay by 8%'));
		const detail = model.of(candidateOn('p3s1', 'event', 'Maria Ferro'));
		expect(cause.score).toBeGreaterThan(detail.score);
	});

	it('marks a weekday answer as trivia, below any other fact of its sentence', () => {
		const weekday = model.of(candidateOn('p1s1', 'date', 'Monday'));
		const number = model.of(candidateOn('p1s1', 'number', '40'));
		expect(weekday.reasons.join(' ')).toMatch(/trivia/);
		expect(weekday.score).toBeLessThan(number.score);
	});

	it('marks a currency conversion in brackets as trivia', () => {
		const converted = analyzed(
			'The city will spend 50 million euros ($54 million) on new flood walls along the river.',
			...HARBOUR.slice(1)
		);
		const score = importanceModel(converted).of(candidateOn('p1s1', 'number', '$54 million'));
		expect(score.reasons.join(' ')).toMatch(/trivia/);
	});

	it.each([
		[
			'a survey’s size',
			'A survey of 96 members found that 61 per cent opposed the strike.',
			'96',
			'61 per cent'
		],
		[
			'an audience’s size',
			'The vote came after a meeting attended by more than 120 residents closed 3 of the 5 piers.',
			'120',
			'3'
		]
	])('marks %s as trivia, not what it found', (_what, sentence, size, finding) => {
		const article = analyzed(sentence, ...HARBOUR.slice(1));
		const model = importanceModel(article);
		expect(model.of(candidateOn('p1s1', 'number', size)).trivia).toBe(true);
		expect(model.of(candidateOn('p1s1', 'number', finding)).trivia).toBe(false);
	});

	it('marks a figure set off between the subject and its verb as trivia, not one after the verb', () => {
		const article = analyzed(
			'The company, which employs about 2,800 people, said it would cut 640 jobs at the plant.',
			...HARBOUR.slice(1)
		);
		const model = importanceModel(article);
		expect(model.of(candidateOn('p1s1', 'number', '2,800')).trivia).toBe(true);
		expect(model.of(candidateOn('p1s1', 'number', '640')).trivia).toBe(false);
	});

	it('reads a true/false by the figure it changed: one in the subject’s aside is trivia', () => {
		const article = analyzed(
			'The company, which employs about 2,800 people, said it would cut 640 jobs at the plant.',
			...HARBOUR.slice(1)
		);
		const model = importanceModel(article);
		const aside =
			'The company, which employs about 1,400 people, said it would cut 640 jobs at the plant.';
		const news =
			'The company, which employs about 2,800 people, said it would cut 320 jobs at the plant.';
		expect(model.of(falseStatementOn('p1s1', aside)).trivia).toBe(true);
		expect(model.of(falseStatementOn('p1s1', news)).trivia).toBe(false);
	});

	it('reads a true/false that changes a survey’s size as trivia', () => {
		const article = analyzed(
			'A survey of 96 members found that 61 per cent opposed the strike.',
			...HARBOUR.slice(1)
		);
		const changed = 'A survey of 48 members found that 61 per cent opposed the strike.';
		expect(importanceModel(article).of(falseStatementOn('p1s1', changed)).trivia).toBe(true);
	});

	it('marks a gap for “the two” of “the two leaders” as guessable, unlike a count', () => {
		const article = analyzed(
			'The two leaders spoke on Monday as 40 officials met in the capital.',
			...HARBOUR.slice(1)
		);
		const gap = (answer: string, prompt: string) => gapOn('p1s1', 'number', answer, prompt);
		const model = importanceModel(article);
		const two = model.of(gap('two', 'The _____ leaders spoke on Monday as 40 officials met.'));
		const forty = model.of(gap('40', 'The two leaders spoke on Monday as _____ officials met.'));
		expect(two.score).toBeLessThan(forty.score);
		expect(two.reasons.join(' ')).toMatch(/trivia/);
	});

	it('marks a gap for a name the headline prints as trivia, not the same name elsewhere', () => {
		const paragraphs = [
			'Inspectors said the harbour wall failed because Tomas Varga refused to pay for repairs.',
			...HARBOUR.slice(1)
		];
		const gap = gapOn(
			'p1s1',
			'person',
			'Tomas Varga',
			'Inspectors said the harbour wall failed because _____ refused to pay for repairs.'
		);
		const blocks = segmentBody(cleanArticleText(paragraphs.join('\n\n')));
		const underHeadline = importanceModel(
			analyzeArticle(blocks, 'Tomas Varga Blamed for Harbour Wall')
		);
		const withoutIt = importanceModel(
			analyzeArticle(blocks, 'Inspectors Blame Budget for Harbour Wall')
		);
		expect(underHeadline.of(gap).trivia).toBe(true);
		expect(withoutIt.of(gap).trivia).toBe(false);
	});

	it('marks a question whose one answer is the country the lead is about as trivia', () => {
		const paragraphs = [
			'A failure in Portugal’s national grid left millions without power on Monday, officials said.',
			'Lisbon was dark for six hours. Traffic lights failed across Lisbon, and trams stopped in Lisbon.',
			'Spain sent engineers to help restore the lines. Lisbon hospitals ran on generators.',
			'Portugal has expanded its solar capacity sharply over the past decade.'
		];
		const model = importanceModel(
			analyzeArticle(segmentBody(cleanArticleText(paragraphs.join('\n\n'))), 'Lights Out')
		);
		const which = (answer: string) => ({
			...candidateOn('p4s1', 'place', answer),
			draft: {
				...candidateOn('p4s1', 'place', answer).draft,
				prompt: 'Which country has expanded its solar capacity sharply over the past decade?'
			}
		});
		expect(model.of(which('Portugal')).trivia).toBe(true);
		expect(model.of(which('Spain')).trivia).toBe(false);
	});

	it('marks a gap for a count the sentence goes on to list as trivia', () => {
		const article = analyzed(
			'The ban covers citizens of five nations — Kestrel, Valmont, Orlan and Tessa and Brin.',
			'Harbour workers from 40 unions signed the letter on Monday.',
			...HARBOUR.slice(1)
		);
		const gap = (sentenceId: string, answer: string, prompt: string) =>
			gapOn(sentenceId, 'number', answer, prompt);
		const model = importanceModel(article);
		const listed = model.of(
			gap(
				'p1s1',
				'five',
				'The ban covers citizens of _____ nations — Kestrel, Valmont, Orlan and Tessa and Brin.'
			)
		);
		const counted = model.of(
			gap('p2s1', '40', 'Harbour workers from _____ unions signed the letter on Monday.')
		);
		expect(listed.trivia).toBe(true);
		expect(counted.trivia).toBe(false);
	});

	it('explains every score with its parts', () => {
		const { reasons } = model.of(candidateOn('p1s1', 'cause', 'over pay'));
		expect(reasons.join(' ')).toMatch(/lead \+/);
		expect(reasons.join(' ')).toMatch(/cause \+/);
	});
});

describe('fact importance across articles', () => {
	// Each: a short article, a key fact (sentence id, kind, answer) and an aside of the same article.
	it.each([
		[
			'flood',
			[
				'The river Arlen burst its banks on Sunday, flooding 300 homes in the town of Brenford.',
				'Rescue teams moved 1,200 people to schools on higher ground.',
				'The town hall clock, built in 1890, stopped at noon.'
			],
			['p1s1', 'number', '300'],
			['p3s1', 'event', 'The town hall clock']
		],
		[
			'court',
			[
				'The Supreme Court ruled 6-3 on Friday that the state may not ban the book.',
				'The case began when a school board removed the book from its libraries.',
				'Reporters waited on the steps in light rain.'
			],
			['p1s1', 'number', '6-3'],
			['p3s1', 'event', 'light rain']
		],
		[
			'football',
			[
				'Valmouth United won the cup final 2-1 after a late goal by Sara Lind.',
				'Lind scored in the 89th minute with a header from a corner.',
				'The stadium sold hot pies for five pounds.'
			],
			['p1s1', 'person', 'Sara Lind'],
			['p3s1', 'number', 'five']
		],
		[
			'merger',
			[
				'Kestrel Bank agreed to buy Harbour Savings for $2.6 billion, creating the largest lender in the region.',
				'Shares in Harbour Savings rose 18% on the news.',
				'The deal was announced on a Tuesday.'
			],
			['p1s1', 'number', '$2.6 billion'],
			['p3s1', 'date', 'Tuesday']
		],
		[
			'study',
			[
				'Teenagers who sleep eight hours score higher on memory tests, a study of 2,100 students found.',
				'The researchers asked students to keep sleep diaries for two school years.',
				'The study was printed on recycled paper.'
			],
			['p1s1', 'number', '2,100'],
			['p3s1', 'event', 'recycled paper']
		],
		[
			'election',
			[
				'Ana Ruiz won the mayoral election with 54% of the vote, defeating the sitting mayor.',
				'Turnout rose to 61% after a campaign about housing costs.',
				'Polling stations served free coffee.'
			],
			['p2s1', 'cause', 'a campaign about housing costs'],
			['p3s1', 'event', 'free coffee']
		],
		[
			'summit',
			[
				'The leaders of Norland and Estmark met in Geneva to sign a water-sharing treaty.',
				'The treaty ends a dispute over the river that began in 1998.',
				'The hotel had a view of the lake.'
			],
			['p2s1', 'date', '1998'],
			['p3s1', 'event', 'a view of the lake']
		],
		[
			'strike',
			[
				'Nurses at three city hospitals walked out on Monday, demanding safer staffing levels.',
				'Hospital managers cancelled 400 planned operations because of the strike.',
				'It was a Monday.'
			],
			['p2s1', 'cause', 'the strike'],
			['p3s1', 'date', 'Monday']
		],
		[
			'wildfire',
			[
				'A wildfire forced 5,000 people to leave their homes near Dunmore, officials said.',
				'Strong winds spread the fire across 12,000 hectares of dry forest.',
				'A nearby bakery stayed open.'
			],
			['p1s1', 'number', '5,000'],
			['p3s1', 'event', 'A nearby bakery']
		],
		[
			'vaccine',
			[
				'Health officials approved a new malaria vaccine for children under five in Kenya and Ghana.',
				'Trials showed the vaccine cut severe cases by 75%.',
				'The announcement was made in a large hall.'
			],
			['p2s1', 'number', '75%'],
			['p3s1', 'event', 'a large hall']
		]
	] as const)('%s: ranks the key fact above the aside', (_name, paragraphs, key, aside) => {
		const model = importanceModel(analyzed(...paragraphs));
		const keyScore = model.of(candidateOn(key[0], key[1], key[2])).score;
		const asideScore = model.of(candidateOn(aside[0], aside[1], aside[2])).score;
		expect(keyScore).toBeGreaterThan(asideScore);
	});
});

describe('who is who, for a minor figure', () => {
	it('reads a role question about someone named once or twice as trivia, and about the story’s actor as a fact', () => {
		const article = analyzed(
			'Harbour Mayor Helen Carter closed the port to cargo ships on Monday.',
			'Carter said the port would reopen once the sea wall was safe.',
			'On Tuesday, Carter met the dock workers’ union for three hours.',
			'“We are losing money every day,” said Omar Haddad, a spokesman for the harbour authority.',
			'Port director Ana Ruiz, a former engineer, said the wall had cracked in three places.'
		);
		const model = importanceModel(article);
		const asked = roleQuestions(article).map((c) => ({
			about: `${c.draft.prompt} ${c.draft.answerText}`,
			trivia: model.of(c).trivia
		}));
		const about = (name: RegExp) => asked.filter((q) => name.test(q.about));
		expect(about(/Haddad|spokesman/).length).toBeGreaterThan(0);
		expect(about(/Haddad|spokesman/).every((q) => q.trivia)).toBe(true);
		expect(about(/Carter|mayor/i).length).toBeGreaterThan(0);
		expect(about(/Carter|mayor/i).every((q) => !q.trivia)).toBe(true);
	});
});

describe('a figure of the story’s last part', () => {
	const STORY = [
		...HARBOUR,
		'The harbour was built in 1887 and handled 40 ships a day before the war.',
		'A museum near the old lighthouse shows 120 photographs of the port.'
	];

	it('is trivia in a sentence the story does not turn on, and a fact in the lead', () => {
		const article = analyzed(...STORY);
		const model = importanceModel(article);
		const late = model.of(candidateOn('p7s1', 'number', '120'));
		const lead = model.of(candidateOn('p2s1', 'number', '40'));
		expect(late.trivia).toBe(true);
		expect(lead.trivia).toBe(false);
	});
});
