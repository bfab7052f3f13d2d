import { describe, expect, it } from 'vitest';
import { generateQuestions } from '..';
import { importanceModel, isBareMonth, isWeekday } from './importance';
import { numberQuestions } from '../questions/numbers';
import { entityQuestions } from '../questions/people';
import { causeQuestions } from '../questions/causes';
import { whenQuestions } from '../questions/when';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';

describe('answers teachers drop as trivia', () => {
	it.each(['January', 'in March', 'september'])('a month alone: %s', (answer) => {
		expect(isBareMonth(answer)).toBe(true);
	});

	it.each(['January 2022', '5 March', 'March 2021', 'May Day', 'Mayor'])(
		'not a date with more to it: %s',
		(answer) => {
			expect(isBareMonth(answer)).toBe(false);
		}
	);

	it.each(['Monday', 'on Friday'])('a weekday alone: %s', (answer) => {
		expect(isWeekday(answer)).toBe(true);
	});

	it.each([
		['The two leaders met on Monday in the capital.', true],
		['At least 12 people were killed in the floods.', false],
		['More than 40 people were arrested after the march.', false],
		['Oregon is one of 22 states that ban the practice.', false],
		// A figure of one person's own life, told to show the story.
		[
			'Amina Lokiru, a 46-year-old mother from Laisamis, said she had sold 11 of her 30 goats.',
			true,
			'30'
		],
		[
			'Edson Pereira dos Santos, 34, who delivers for the app, said he earns about 2,800 reais a month.',
			true,
			'2,800'
		],
		['The mayor said the city would spend $1,650 a month on each shelter.', false],
		// A count after "said" is no gap for who said it.
		['Police said 140 people were arrested after the march.', false]
	])('a gap for the count in “%s” is trivia: %s', (sentence, trivia, figure?: string) => {
		const article = analyzed(sentence, ...PADDING);
		// The gap for the figure, not for an age beside a name.
		const gap = numberQuestions(article).find(
			(c) => c.draft.type === 'cloze' && (figure === undefined || c.draft.answerText === figure)
		);
		expect(gap).toBeDefined();
		expect(importanceModel(article).of(gap!).trivia).toBe(trivia);
	});

	it.each([
		['Senator Elizabeth Warren of Massachusetts said the law was unfair.', 'Massachusetts', true],
		['Tom Cole, a Republican from Oklahoma, backed the bill.', 'Oklahoma', true],
		['Ana Ruiz, the new ambassador to Portugal, led the talks.', 'Portugal', true],
		['The couple went to a bakery in Lakewood, Colorado, to order a cake.', 'Lakewood', true],
		['The police acted after President Ana Ruiz ordered an end to the policy.', 'Ana Ruiz', true],
		['The storm flooded Massachusetts on Monday.', 'Massachusetts', false]
	])('a gap for the place or name in “%s” (%s) is trivia: %s', (sentence, place, trivia) => {
		// The article's own topic (a place named most) would be trivia anyway: Boston is that here.
		const article = analyzed(sentence, 'Officials in Boston said Boston would help.', ...PADDING);
		const gap = entityQuestions(article).find(
			(c) => c.draft.type === 'cloze' && c.draft.answerText === place
		);
		expect(gap).toBeDefined();
		expect(importanceModel(article).of(gap!).trivia).toBe(trivia);
	});
});

describe('a gap for who said something', () => {
	it.each([
		['“The need is enormous,” said Luis Ferreyra, a spokesman for the Red Cross.', true],
		['The need is enormous, said Luis Ferreyra, a spokesman for the Red Cross.', true],
		// Where the person does what the sentence reports, the name is the fact.
		['On Monday, Mayor Luis Ferreyra closed the harbour.', false],
		['Officials said Mayor Luis Ferreyra closed the harbour.', false]
	])('in “%s” is trivia beside its reporting verb: %s', (sentence, trivia) => {
		const article = analyzed(sentence, ...PADDING);
		const gap = entityQuestions(article).find(
			(c) => c.draft.type === 'cloze' && c.draft.answerText === 'Luis Ferreyra'
		);
		expect(gap).toBeDefined();
		expect(importanceModel(article).of(gap!).trivia).toBe(trivia);
	});
});

describe('a year alone', () => {
	const sank = 'The ferry sank off the coast of Sulawesi in 2009, killing 40 people.';
	const yearQuestions = (article: ReturnType<typeof analyzed>) =>
		whenQuestions(article).filter((c) => c.draft.answerText.includes('2009'));

	it('is the fact in the lead', () => {
		const article = analyzed(sank, ...PADDING);
		expect(yearQuestions(article).length).toBeGreaterThan(0);
		for (const c of yearQuestions(article))
			expect(importanceModel(article).of(c).trivia).toBe(false);
	});

	it('is background past the lead: the year of an earlier disaster', () => {
		const article = analyzed(...PADDING, 'Rescuers searched the coast all night.', sank);
		expect(yearQuestions(article).length).toBeGreaterThan(0);
		for (const c of yearQuestions(article))
			expect(importanceModel(article).of(c).trivia).toBe(true);
	});
});

describe('a generated quiz', () => {
	it('asks no question whose answer is a month alone', () => {
		const text = [
			'Council Votes to Rebuild Harbour Wall',
			'The city council voted on Tuesday to rebuild the harbour wall, which storms damaged in January, after fishermen said the port could not open safely.',
			"The decision by Mayor Ana Ruiz in March to close the port for repairs angered the fishing cooperative, which lands most of the town's catch.",
			'Repairs will cost 4 million euros and take eight months, the council said. Engineers will use stone from the old quarry north of the town.',
			'The cooperative\'s chair, Tomas Vidal, said the closure had cost its members about 300,000 euros. "We support the repairs, but we need help until the port opens," he said.',
			'The council promised a fund of 500,000 euros for boat owners while the wall is rebuilt. It will vote on the fund in June.'
		].join('\n\n');

		const answers = generateQuestions(text).map((question) => question.answerText);

		expect(answers.filter(isBareMonth)).toEqual([]);
	});
});

describe('a cause and its effect', () => {
	it('rank the why-question and the as-a-result question of one relation alike, whichever side holds the figure', () => {
		const article = analyzed(
			'Crews cleared 60 tonnes of rubble by hand because engineers feared that machines would cause new falls.',
			...PADDING
		);
		const model = importanceModel(article);
		const relation = causeQuestions(article).filter((c) => c.draft.type === 'short-answer');
		const why = relation.find((c) => c.draft.prompt.startsWith('Why '));
		const asResult = relation.find((c) => /as a result of/.test(c.draft.prompt));
		expect(why?.draft.answerText).toMatch(/^engineers feared/);
		expect(asResult?.draft.answerText).toMatch(/60 tonnes/);
		const specific = (c: typeof why) => model.of(c!).reasons.find((r) => r.startsWith('specific'));
		expect(specific(why)).toBe('specific +0.90');
		expect(specific(asResult)).toBe('specific +0.90');
	});
});
