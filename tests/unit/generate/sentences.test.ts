import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/lib/reading/generate';
import { abbreviationQuestions } from '../../../src/lib/reading/generate/questions/abbreviations';
import { analyzed, PADDING } from './helpers';
import type { Question } from '../../../src/lib/quiz/question/schema';

/** Pads a tricky sentence into an article long enough to generate from. */
const article = (sentence: string) =>
	`${sentence}\n\nOfficials met on Monday to discuss the situation in detail with local leaders.\n\nThe meeting lasted for most of the afternoon and ended without any statement to the press.`;

const find = (questions: Question[], predicate: (q: Question) => boolean) =>
	questions.find(predicate);

describe('question builders on tricky sentences', () => {
	it.each([
		[
			'passive borders',
			'Kazakhstan is bordered to the north by Russia and to the east by China.',
			'multiple-choice',
			'Russia; China'
		],
		[
			'active borders',
			'Mongolia borders Russia and China and has no coastline at all.',
			'multiple-choice',
			'Russia; China'
		],
		[
			'a percentage share',
			'Kazakhstan holds 3% of global oil reserves, according to the ministry of energy.',
			'cloze',
			'3%'
		],
		[
			'a count with a unit',
			'Emergency crews evacuated 1,200 people from the town of Brenford.',
			'numeric',
			'1,200'
		],
		[
			'curly quotes and a subject name',
			'Mayor Helen Carter said the town had “never seen water like it” before.',
			'short-answer',
			'Helen Carter'
		]
	])('handles %s', (_name, sentence, type, answer) => {
		const questions = generateQuestions(article(sentence));
		expect(find(questions, (q) => q.type === type && q.answerText === answer)).toBeDefined();
	});

	it('asks for the cause of a passive "sparked by" sentence', () => {
		const questions = generateQuestions(
			article('Large protests sparked by increased fuel prices spread across the capital.')
		);
		expect(
			find(
				questions,
				(q) => q.skill === 'cause-effect' && /increased fuel prices/i.test(q.answerText + q.prompt)
			)
		).toBeDefined();
	});

	it('accepts the bracketed abbreviation as the meaning of LPG', () => {
		const [abbreviation] = abbreviationQuestions(
			analyzed(
				'The price of liquefied petroleum gas (LPG) doubled on Sunday across the whole country.',
				...PADDING
			)
		);
		const draft = abbreviation?.draft;
		expect(draft?.type === 'short-answer' && draft.accepted).toContain('liquefied petroleum gas');
	});

	it('offers plausible percentages, never above 100%', () => {
		const questions = generateQuestions(
			article('First, it is a republic with vast resources, including 3% of global oil reserves.')
		);
		const share = find(questions, (q) => q.type === 'single-choice' && q.answerText === '3%');
		const values =
			share?.type === 'single-choice' ? share.options.map((o) => Number.parseFloat(o)) : [];
		expect(values.every((v) => v > 0 && v <= 100)).toBe(true);
	});

	it('never offers a real neighbour as a wrong answer to "which countries border"', () => {
		const questions = generateQuestions(
			article('Kazakhstan is bordered to the north by Russia and to the east by China.')
		);
		const borders = find(questions, (q) => q.type === 'multiple-choice');
		const wrong =
			borders?.type === 'multiple-choice'
				? borders.options.filter((_, i) => !borders.correctIndexes.includes(i))
				: [];
		expect(wrong.some((c) => ['Kyrgyzstan', 'Uzbekistan', 'Turkmenistan'].includes(c))).toBe(false);
	});
});
