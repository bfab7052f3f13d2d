import { describe, expect, it } from 'vitest';
import { sentenceCentrality } from '../../../src/lib/generate/facts/centrality';
import { importanceModel } from '../../../src/lib/generate/facts/importance';
import type { Candidate, FactKind } from '../../../src/lib/generate/types';
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

	it('explains every score with its parts', () => {
		const { reasons } = model.of(candidateOn('p1s1', 'cause', 'over pay'));
		expect(reasons.join(' ')).toMatch(/lead \+/);
		expect(reasons.join(' ')).toMatch(/cause \+/);
	});
});
