import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { borderQuestions, findBorderFacts } from './borders';

const factsIn = (sentence: string) =>
	findBorderFacts(analyzed(sentence, ...PADDING)).map((f) => [
		f.country.text,
		f.neighbour.text,
		f.direction
	]);

describe('findBorderFacts', () => {
	it.each([
		[
			'Kazakhstan is bordered to the north by Russia and to the east by China.',
			[
				['Kazakhstan', 'Russia', 'north'],
				['Kazakhstan', 'China', 'east']
			]
		],
		['Portugal shares a border with Spain.', [['Portugal', 'Spain', undefined]]],
		['Russia and China signed a deal.', []],
		['Nothing borders here.', []]
	])('reads the borders stated in %j', (sentence, expected) => {
		expect(factsIn(sentence)).toEqual(expected);
	});
});

describe('borderQuestions', () => {
	const questions = borderQuestions(
		analyzed('Kazakhstan is bordered to the north by Russia and to the east by China.', ...PADDING)
	).map((c) => c.draft);

	it('asks which countries border the country, with both as answers', () => {
		const all = questions.find((q) => q.type === 'multiple-choice')!;
		expect(all.prompt).toBe(
			'According to the article, which countries border Kazakhstan? Select all that apply.'
		);
		expect(all.answerText).toBe('Russia; China');
	});

	it.each([
		['north', 'Russia'],
		['east', 'China']
	])('asks which country borders it to the %s: %s', (direction, answer) => {
		const single = questions.find(
			(q) =>
				q.type === 'single-choice' &&
				q.prompt ===
					`According to the article, which country borders Kazakhstan to the ${direction}?`
		);
		expect(single?.answerText).toBe(answer);
	});

	it('gaps each neighbour in the sentence', () => {
		expect(
			questions.filter((q) => q.type === 'cloze').map((q) => [q.prompt, q.answerText])
		).toEqual([
			['Kazakhstan is bordered to the north by _____ and to the east by China.', 'Russia'],
			['Kazakhstan is bordered to the north by Russia and to the east by _____.', 'China']
		]);
	});

	it('swaps the directions for a false statement', () => {
		expect(
			questions.filter((q) => q.type === 'true-false').map((q) => [q.prompt, q.answerText])
		).toEqual([
			['According to the article, China borders Kazakhstan to the north.', 'False'],
			['According to the article, Russia borders Kazakhstan to the east.', 'False']
		]);
	});

	it('asks nothing of an article without borders', () => {
		expect(borderQuestions(analyzed('Russia and China signed a deal.', ...PADDING))).toEqual([]);
	});
});
