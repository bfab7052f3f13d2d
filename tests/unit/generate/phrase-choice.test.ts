import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../../../src/lib/reading/generate';
import { isBareMonth } from '../../../src/lib/reading/generate/facts/importance';
import { cloze, shortAnswer } from '../../../src/lib/reading/generate/compose/draft';
import {
	isChoicePhrase,
	isTypedPhrase,
	phraseChoice,
	phrasePool,
	withItsArticle
} from '../../../src/lib/reading/generate/compose/phrase-choice';
import type { Candidate } from '../../../src/lib/reading/generate/types';

const typed = (prompt: string, answer: string): Candidate => ({
	draft: shortAnswer({ prompt, skill: 'detail', evidence: [] }, [answer]),
	score: 8,
	factKey: prompt
});

const POOL = ['spending bill', 'tough road', 'continuing resolution', 'future votes'];

describe('isTypedPhrase', () => {
	it.each(['tough road', 'government budget bill', 'stand-alone legislation', 'Muslim nation'])(
		'takes the noun phrase “%s”',
		(phrase) => expect(isTypedPhrase(phrase)).toBe(true)
	);

	it.each([
		['one word', 'road'],
		['a name', 'Supreme Court'],
		['a contraction', 'didn’t see a deal'],
		['an adverb first', 'corruptly persuade'],
		['a preposition first', 'under intense public pressure'],
		['"ago" last', 'few years ago'],
		['a number', '800,000 recipients'],
		['six words', 'a long phrase of many words']
	])('refuses %s: “%s”', (_case, phrase) => expect(isTypedPhrase(phrase)).toBe(false));
});

describe('isChoicePhrase', () => {
	it.each([
		'tough road',
		'trial',
		'Mayor Ruiz’s letter',
		'the temporary measure',
		'Republican leadership',
		'harbour rules for fishing boats',
		'a former Soviet republic'
	])('takes “%s”: a thing named by a common noun', (phrase) =>
		expect(isChoicePhrase(phrase)).toBe(true)
	);

	it.each([
		['a name', 'Helen Carter'],
		['a number', '40 million euros'],
		['a number word', 'two'],
		['a clause', 'the council has voted'],
		['an age', '3 years old'],
		['a participle last', 'the port reopened'],
		['quoted words', '“worse than any storm”'],
		['“own” first', 'own merits'],
		['nine words', 'the long list of the things the council has to do'],
		['a phrase that points back', 'the same operators'],
		['a phrase that points back', 'such measures']
	])('refuses %s: “%s”', (_case, phrase) => expect(isChoicePhrase(phrase)).toBe(false));
});

describe('phrasePool', () => {
	it('keeps each typed phrase answer once, in order, and no names or numbers', () => {
		const pool = phrasePool([
			typed('What did they vote against?', 'spending bill'),
			typed('Who spoke?', 'Mitch McConnell'),
			typed('What does the measure face?', 'tough road'),
			typed('What did they pass?', 'Spending bill'),
			typed('How many?', '800,000')
		]);
		expect(pool).toEqual(['spending bill', 'tough road']);
	});

	it('leaves out a phrase its sentence goes on past: "emergency operations" of "… operations center"', () => {
		const quoting = (prompt: string, answer: string, sentence: string): Candidate => {
			const candidate = typed(prompt, answer);
			return { ...candidate, draft: { ...candidate.draft, evidence: [sentence] } };
		};
		const pool = phrasePool([
			quoting(
				'Where did she speak?',
				'emergency operations',
				'She spoke at an emergency operations center in Piura.'
			),
			quoting('What was flown in?', 'relief supplies', 'Relief supplies were flown in on Monday.')
		]);
		expect(pool).toEqual(['relief supplies']);
	});
});

describe('phraseChoice', () => {
	it('offers people for a who-question and things for a what-question', () => {
		const pool = [
			'legal aid groups',
			'migrant parents',
			'zero tolerance policy',
			'detention facilities',
			'federal prosecutors'
		];
		const [, who] = phraseChoice(
			typed('Who is trying to locate the families?', 'church volunteers'),
			pool
		);
		expect(who?.draft.type === 'single-choice' && [...who.draft.options].sort()).toEqual(
			['church volunteers', 'federal prosecutors', 'legal aid groups', 'migrant parents'].sort()
		);
		const [, what] = phraseChoice(typed('What did the court strike down?', 'travel ban'), [
			...pool,
			'spending bill'
		]);
		// Buildings are no thing a court strikes down: "detention facilities" is left out.
		expect(what?.draft.type === 'single-choice' && [...what.draft.options].sort()).toEqual(
			['spending bill', 'travel ban', 'zero tolerance policy'].sort()
		);
	});

	it('asks a what-question with other phrases of the article as options, grouped with the typed one', () => {
		const question = typed('What did eleven House Republicans vote against?', 'spending bill');
		const [kept, choice] = phraseChoice(question, POOL);

		expect(choice?.draft.type).toBe('single-choice');
		// A road is no thing one votes against.
		expect(choice?.draft.type === 'single-choice' && [...choice.draft.options].sort()).toEqual(
			['continuing resolution', 'future votes', 'spending bill'].sort()
		);
		expect(choice?.score).toBeGreaterThan(question.score);
		expect(kept?.group).toBeDefined();
		expect(choice?.group).toBe(kept?.group);
	});

	it('offers a phrase with a name or a determiner in it, written as in a sentence', () => {
		const pool = phrasePool([
			typed('What angered the union?', 'The mayor’s letter'),
			typed('What did the council approve?', 'harbour repairs'),
			typed('What did the workers reject?', 'The new contract'),
			typed('What did the union plan?', 'two-day strike')
		]);
		expect(pool).toEqual([
			'the mayor’s letter',
			'harbour repairs',
			'the new contract',
			'two-day strike'
		]);
		const [, choice] = phraseChoice(
			typed('What did Helen Carter send?', 'The mayor’s letter'),
			pool
		);
		expect(choice?.draft.type === 'single-choice' && [...choice.draft.options].sort()).toEqual(
			['harbour repairs', 'the mayor’s letter', 'the new contract', 'two-day strike'].sort()
		);
	});

	it('offers no group of people by its name for a who-question: “senators at risk of deportation”', () => {
		const pool = phrasePool([
			typed('Who voted against the bill?', 'House Republicans'),
			typed('Who walked out?', 'Senate Democrats'),
			typed('Who spoke?', 'union leaders')
		]);
		expect(pool).toEqual(['union leaders']);
	});

	it('prefers wrong options about as long as the answer', () => {
		const [, choice] = phraseChoice(typed('What did the council approve?', 'new flood barrier'), [
			'repairs',
			'strike',
			'old harbour wall',
			'temporary work permits',
			'storm damage report'
		]);
		expect(choice?.draft.type === 'single-choice' && [...choice.draft.options].sort()).toEqual(
			[
				'new flood barrier',
				'old harbour wall',
				'storm damage report',
				'temporary work permits'
			].sort()
		);
	});

	it('leaves out an option that shares a word with the answer or that the question shows', () => {
		const question = typed('What did the spending bill face in the Senate?', 'tough road');
		const [, choice] = phraseChoice(question, [...POOL, 'rough road']);

		expect(choice?.draft.type === 'single-choice' && choice.draft.options).not.toContain(
			'spending bill'
		);
		expect(choice?.draft.type === 'single-choice' && choice.draft.options).not.toContain(
			'rough road'
		);
	});

	it.each([
		['a why-question', 'Why did the talks fail?', 'open hostility'],
		['a where-question', 'Where did they protest?', 'halls of congress'],
		[
			'a question without its complement',
			'What does the article say analysts say is?',
			'epidemic of prisons'
		],
		['a name for an answer', 'Who spoke first?', 'Mitch McConnell'],
		['a phrase bound to a preposition', 'What is the harbour master free on?', 'house arrest'],
		['one word', 'What does the harbour master await?', 'trial']
	])('makes no choice of %s', (_case, prompt, answer) => {
		expect(phraseChoice(typed(prompt, answer), POOL)).toEqual([]);
	});

	it('makes no choice when the article has fewer than two other phrases', () => {
		expect(
			phraseChoice(typed('What did they vote against?', 'spending bill'), POOL.slice(0, 2))
		).toEqual([]);
	});
});

describe('phraseChoice of a gap', () => {
	it('offers no options for a gap: other phrases of the article seldom fit its slot', () => {
		const gap: Candidate = {
			draft: cloze(
				{
					prompt: 'Lawmakers unveiled a bill despite a 48-year-old _____ on cannabis.',
					skill: 'detail',
					evidence: []
				},
				['federal prohibition'],
				[]
			),
			score: 5,
			factKey: 'ban'
		};
		expect(phraseChoice(gap, POOL)).toEqual([]);
	});
});

describe('generated gaps', () => {
	it.each(['valley-floods.txt', 'harbour-deal.txt', 'sleep-study.txt'])(
		'of %s never ask to type a phrase word for word, a weekday or a month alone',
		(name) => {
			const text = readFileSync(`tests/fixtures/articles/${name}`, 'utf8');
			const gaps = generateQuestions(text).filter((q) => q.type === 'cloze');
			for (const gap of gaps) {
				expect(isTypedPhrase(gap.answerText)).toBe(false);
				expect(gap.answerText).not.toMatch(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i);
				expect(isBareMonth(gap.answerText)).toBe(false);
			}
		}
	);
});

describe('withItsArticle', () => {
	it.each([
		[
			'combined group',
			'The companies argued that the combined group would compete.',
			'the combined group'
		],
		[
			'overseas airline group',
			'It might be sold to an overseas airline group.',
			'an overseas airline group'
		],
		['young workers', 'Young workers joined the march.', 'young workers'],
		['Business groups', 'Business groups welcomed the vote.', 'Business groups'],
		['group', 'The regrouped union met.', 'group']
	])('%j in %j → %j', (phrase, sentence, expected) => {
		expect(withItsArticle(phrase, sentence)).toBe(expected);
	});
});
