import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '../../../src/lib/reading/article/clean-text';
import { parseArticleFile } from '../../../src/lib/reading/article/parse-article-file';
import { segmentBody } from '../../../src/lib/reading/article/segment';
import {
	checkQuality,
	GenerationError,
	generateQuestions
} from '../../../src/lib/reading/generate';
import type { Question } from '../../../src/lib/quiz/question/schema';

const bundledBody = () => {
	const parsed = parseArticleFile(
		readFileSync('questions/kazakhstan-2022/article.md', 'utf8'),
		'article.md'
	);
	if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
	return parsed.value.body;
};
const fixture = (name: string) => readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8');
const correctOptions = (q: Question): string[] =>
	q.type === 'single-choice'
		? [q.options[q.correctIndex]!]
		: q.type === 'multiple-choice'
			? q.correctIndexes.map((i) => q.options[i]!)
			: [];

describe('generateQuestions on the bundled Kazakhstan article', () => {
	const body = bundledBody();
	const questions = generateQuestions(body);

	it('asks which countries border Kazakhstan, with Russia and China both correct', () => {
		const borders = questions.find(
			(q) => q.type === 'multiple-choice' && /countries border Kazakhstan/.test(q.prompt)
		);
		expect(borders && correctOptions(borders).sort()).toEqual(['China', 'Russia']);
	});

	it('asks what share of global oil reserves Kazakhstan holds (3%)', () => {
		const share = questions.find((q) => /share of global oil reserves/.test(q.prompt));
		expect(share?.answerText).toBe('3%');
	});

	it('asks what caused the unrest, answered by the rise in fuel or LPG prices', () => {
		const cause = questions.find(
			(q) => q.skill === 'cause-effect' && /fuel prices|liquefied petroleum gas/i.test(q.answerText)
		);
		expect(cause).toBeDefined();
	});

	it('gives the ten questions of a default quiz, of at least six types, vocabulary and sequence among the skills', () => {
		expect(questions.length).toBe(10);
		expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
		expect(questions.map((q) => q.skill)).toEqual(
			expect.arrayContaining(['vocabulary', 'sequence', 'cause-effect', 'geography', 'number'])
		);
	});

	it('asks the meaning of a less common word of the article', () => {
		const vocabulary = questions.find(
			(q) => q.type === 'single-choice' && /the word “\p{L}+” is closest in meaning/u.test(q.prompt)
		);
		expect(vocabulary).toBeDefined();
	});

	it('orders the start of the unrest before Friday’s gunfire, from relative cues', () => {
		const ordering = questions.find((q) => q.type === 'ordering');
		const items = ordering?.type === 'ordering' ? ordering.items : [];
		expect(items[0]).toMatch(/liquefied petroleum gas/);
		expect(items[items.length - 1]).toMatch(/gunfire/);
	});

	it('breaks no quality rule and cites sentence ids of the article page', () => {
		expect(checkQuality(questions, segmentBody(body))).toEqual([]);
	});

	it('gives the same questions and ids on every run', () => {
		expect(generateQuestions(body)).toEqual(questions);
	});

	it('never quotes a rhetorical question as evidence', () => {
		expect(questions.flatMap((q) => q.evidence).filter((e) => e.includes('?'))).toEqual([]);
	});

	it('respects maxQuestions', () => {
		expect(generateQuestions(body, { maxQuestions: 5 }).length).toBeLessThanOrEqual(5);
	});
});

describe.each(['valley-floods', 'sleep-study', 'harbour-deal'])(
	'generateQuestions on the %s fixture',
	(name) => {
		const text = fixture(name);
		const questions = generateQuestions(text);

		// The default maximum of ten: each fixture has more important facts than that.
		it('yields the ten questions of a default quiz, and up to 25 when asked', () => {
			expect(questions.length).toBe(10);
			// The sleep study's ten are all its important facts give.
			expect(generateQuestions(text, { maxQuestions: 25 }).length).toBeGreaterThanOrEqual(
				name === 'sleep-study' ? 10 : 11
			);
		});

		it('uses at least four question types and four skills', () => {
			expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
			expect(new Set(questions.map((q) => q.skill)).size).toBeGreaterThanOrEqual(4);
		});

		it('lets restatements of a sentence fill at most 40% of the quiz, and any other type 60%', () => {
			// A gap, typed or with options, and a true/false restate one sentence; a word's meaning
			// has its own share.
			const kindOf = (q: (typeof questions)[number]) =>
				q.type === 'cloze' || q.type === 'true-false' || q.prompt.includes('_____')
					? 'restatement'
					: q.skill === 'vocabulary'
						? 'vocabulary'
						: q.type;
			const count = (kind: string) => questions.filter((q) => kindOf(q) === kind).length;
			expect(count('restatement')).toBeLessThanOrEqual(Math.floor(questions.length * 0.4));
			for (const kind of new Set(questions.map(kindOf)))
				expect(count(kind)).toBeLessThanOrEqual(Math.ceil(questions.length * 0.6));
		});

		it('obeys every quality rule', () => {
			expect(checkQuality(questions, segmentBody(cleanArticleText(text)))).toEqual([]);
		});

		it('quotes none of the page furniture', () => {
			expect(questions.flatMap((q) => q.evidence).join(' ')).not.toMatch(
				/Advertisement|Getty Images|Sign up|Read more|^By /
			);
		});
	}
);

describe('generateQuestions on bad input', () => {
	it.each([
		['empty text', '', 'empty'],
		['whitespace', '  \n\t ', 'empty'],
		['binary data', '\u0089PNG\r\n\u001a\n\u0000\u0000IHDR', 'not-text'],
		['a too-short text', 'The river rose.', 'too-short']
	])('throws a GenerationError for %s', (_name, input, code) => {
		expect(() => generateQuestions(input)).toThrow(GenerationError);
		try {
			generateQuestions(input);
		} catch (error) {
			expect((error as GenerationError).code).toBe(code);
		}
	});
});

describe('generateQuestions on a pasted page with its clutter', () => {
	const pasted = [
		'Harbour Strike Enters Second Week as Talks Stall',
		'',
		'VALMOUTH, Norland (Reuters) — Dock workers at the port of Valmouth stayed on strike for an eighth day on Monday after talks with the port owners broke down again.',
		'',
		'Striking dock workers gather outside the port gates on Monday. (File)',
		'',
		'The strike has left 40 cargo ships waiting at anchor outside the harbour, the port authority said.',
		'',
		'Get the top stories delivered to your inbox every morning.',
		'',
		'Union leader Maria Ferro said the workers wanted a 9% raise to keep up with rising prices.',
		'',
		'The owners have offered 4%, which the union rejected as far too low for the work.',
		'',
		'Shops in the town said they were running short of fresh food because deliveries had stopped.',
		'',
		'© 2024 Norland News Agency. All rights reserved.'
	].join('\n');
	const questions = generateQuestions(pasted);
	const quoted = questions.flatMap((q) => [q.prompt, ...q.evidence]).join('\n');

	it('asks nothing about the headline, the dateline, a caption, a newsletter line or the copyright', () => {
		expect(quoted).not.toMatch(/Enters Second Week|VALMOUTH|\(File\)|inbox|All rights reserved/);
	});

	it('asks each answer once', () => {
		const answers = questions
			.filter((q) => !['true-false', 'ordering', 'matching', 'multiple-choice'].includes(q.type))
			.map((q) => q.answerText.toLowerCase());
		expect(new Set(answers).size).toBe(answers.length);
	});
});

describe('answers that say how much, not what', () => {
	it('asks nothing whose answer is "less" or "more"', () => {
		const text = [
			'Rice prices jump as drought hits harvest',
			'The price of rice in the capital rose by a third in September after a drought cut the harvest, the statistics office said on Monday.',
			'In the central market, traders said customers were buying less. Some stalls closed early because few shoppers came.',
			'The government said it would release 20,000 tonnes of rice from its reserves next week to bring prices down.',
			'Farmers in the north said they had lost most of their crop and asked for help to buy seed for the next season.'
		].join('\n\n');
		const answers = generateQuestions(text).flatMap((q) =>
			'accepted' in q
				? q.accepted
				: q.type === 'single-choice'
					? [q.options[q.correctIndex] ?? '']
					: []
		);
		expect(answers.filter((a) => /^(?:less|more)$/i.test(a))).toEqual([]);
	});
});

describe('answers cut inside a quotation', () => {
	it('asks no gap whose answer leaves a stray quotation mark', () => {
		const questions = generateQuestions(
			[
				'Marathon Times Keep Falling',
				'',
				'The rapid fall in marathon times over the past decade has been attributed partly to so-called "super shoes" with carbon-fibre plates and thick foam soles.',
				'',
				'Critics say the shoes have made it difficult to compare performances across generations of runners.',
				'',
				'World Athletics introduced rules in 2020 limiting the thickness of the soles to 40 millimetres.',
				'',
				'Race organisers in Berlin said 45,000 runners had entered this year, a record for the event.'
			].join('\n')
		);
		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) {
			const marks = (question.answerText.match(/"/g) ?? []).length;
			expect(marks % 2, question.answerText).toBe(0);
		}
	});
});
