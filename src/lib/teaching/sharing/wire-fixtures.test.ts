import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../core/validation/result';
import type { Assignment } from './assignment';
import { decodeModuleFile, type ModuleFile } from './module-file';
import { decodeShareLink } from './share-link';

/**
 * Links and files written by earlier versions of Lectern, checked in as they were made. They must
 * open to the same module forever: if one of these tests fails, a change broke links that
 * teachers have already handed out. Never regenerate a fixture to make a test pass.
 */

const fixture = (name: string) =>
	readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8').trim();
const ARTICLE = fixture('gas-article.txt');

function opened(payload: string): Parsed<Assignment> {
	const result = decodeShareLink(payload);
	if (!result.ok) return result;
	return result.value.kind === 'assignment'
		? { ok: true, value: result.value.assignment }
		: result.value.complete(ARTICLE);
}

function assignmentOf(result: Parsed<Assignment>): Assignment {
	if (!result.ok) throw new Error(result.errors.join('\n'));
	return result.value;
}

/** The assignment a module file holds (its carried split, when any, is checked elsewhere). */
const fileAssignment = (result: Parsed<ModuleFile>): Parsed<Assignment> =>
	result.ok ? { ok: true, value: result.value.assignment } : result;

const CARRIERS = {
	'a format-1 link': () => opened(fixture('link-format-1.txt')),
	'a format-2 link (bundled article)': () => opened(fixture('link-format-2.txt')),
	'a format-3 link': () => opened(fixture('link-format-3.txt')),
	'a format-3 link (bundled article)': () => opened(fixture('link-format-3-bundled.txt')),
	'a module file (format 1)': () => fileAssignment(decodeModuleFile(fixture('module-file-1.json')))
};

describe.each(Object.entries(CARRIERS))('%s written in 2026', (_, open) => {
	it('opens with its title, source, article and settings', () => {
		const assignment = assignmentOf(open());

		expect(assignment.id).toBe('gas-pipeline');
		expect(assignment.title).toBe('The gas pipeline');
		expect(assignment.source).toBe('A news report');
		expect(assignment.body).toBe(ARTICLE);
		expect(assignment.settings).toEqual({
			shuffleQuestions: true,
			shuffleOptions: true,
			passMark: 80,
			attemptsAllowed: 2,
			feedback: 'at-end',
			timeLimitMinutes: 20,
			dueDate: '2026-03-01',
			// Written before the choice existed: the highest score counts.
			countedAttempt: 'highest'
		});
	});

	it('opens with its nine questions in order', () => {
		const { questions } = assignmentOf(open());

		expect(questions.map((q) => q.id)).toEqual([
			'q-abccdd87',
			'q-1dc039b7',
			'q-a66c1216',
			'q-ecb66a01',
			'own-1',
			'own-2',
			'own-3',
			'own-4',
			'own-5'
		]);
	});

	it('opens a generated choice question with its answer, evidence and explanation', () => {
		const [question] = assignmentOf(open()).questions;

		expect(question).toMatchObject({
			type: 'single-choice',
			prompt: 'Which country does the gas flow to?',
			options: ['Russia', 'China', 'India'],
			correctIndex: 1,
			answerText: 'China',
			evidence: ['Gas flows from Russia to China.'],
			sentenceIds: ['p1s1'],
			skill: 'geography',
			origin: 'generated',
			explanation: 'The article says: “Gas flows from Russia to China.”'
		});
	});

	it('opens a gap question, a numeric question with a unit and an authored matching question', () => {
		const questions = assignmentOf(open()).questions;

		expect(questions[1]).toMatchObject({
			type: 'cloze',
			prompt: 'Gas flows from _____ to China.',
			accepted: ['Russia', 'the Russian Federation'],
			rejected: ['China'],
			difficulty: 'easy'
		});
		expect(questions[8]).toMatchObject({
			type: 'numeric',
			answer: 5,
			unit: 'years',
			tolerance: 0.5,
			answerText: '5 years',
			sentenceIds: ['p2s2', 'p2s3']
		});
		expect(questions[7]).toMatchObject({
			type: 'matching',
			pairs: [
				{ left: 'Russia', right: 'sells gas' },
				{ left: 'China', right: 'buys gas' }
			],
			evidence: ['Quoted from memory.'],
			origin: 'authored'
		});
	});
});

describe('wire fixtures', () => {
	it('all open to the very same module', () => {
		const [first, ...others] = Object.values(CARRIERS).map((open) => assignmentOf(open()));

		for (const other of others) expect(other).toEqual(first);
	});

	it('give a format-3 link the split of the article it was made with', () => {
		const result = decodeShareLink(fixture('link-format-3.txt'));

		expect(result.ok && result.value.kind === 'assignment' && result.value.segments).toEqual([
			['Gas flows from Russia to China.', 'The pipeline opened in 2019.'],
			[
				'Talks began in 2004.',
				'A deal was signed in 2014.',
				'Gas started to flow five years later.'
			]
		]);
	});
});
