import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import {
	falseVersions,
	keepsPlural,
	replaceWholeName,
	sameArticleUse,
	trueStatementQuestions
} from './true-statements';

const PARAGRAPHS = [
	'Russia sent 2,500 soldiers to Kazakhstan last week.',
	'China promised 300 tonnes of grain to the region.',
	'Police arrested 164 protesters in the capital.',
	'Germany and France urged calm on both sides.',
	'Spain sent 20 nurses to the north.',
	'Italy offered 40 doctors to the main hospital.',
	'Poland gave 12 trucks to the aid agency.',
	'Japan pledged 5,000 blankets for the winter.'
];

describe('trueStatementQuestions', () => {
	const [question, ...more] = trueStatementQuestions(analyzed(...PARAGRAPHS));

	it('asks one question over the whole article when its halves are too short', () => {
		expect(more).toEqual([]);
		expect(question).toMatchObject({ factKey: 'statements:0', kind: 'event' });
		expect(question!.draft.prompt).toBe(
			'According to the article, which of these statements are true? Select all that apply.'
		);
	});

	it('gives three true statements, leaving out the main idea’s sentence', () => {
		expect(question!.draft.answerText).toBe(
			'China promised 300 tonnes of grain to the region; Police arrested 164 protesters in the capital; Germany and France urged calm on both sides'
		);
	});

	it('makes two false statements by swapping a number for one the sentence does not hold', () => {
		const options = (question!.draft as { options: string[] }).options;
		expect(options).toHaveLength(5);
		expect(options).toContain('Japan pledged 2,500 blankets for the winter');
		expect(options).toContain('Poland gave 6 trucks to the aid agency');
	});

	it('asks nothing of an article with too few statements', () => {
		expect(trueStatementQuestions(analyzed(...PARAGRAPHS.slice(0, 5)))).toEqual([]);
	});
});

describe('replaceWholeName', () => {
	it.each([
		[
			'Both Helen Carter and Omar Haddad agreed',
			'Omar Haddad',
			'Ana Ruiz',
			'Both Helen Carter and Ana Ruiz agreed'
		],
		['The Senate voted on the bill', 'Senate', 'House', 'The House voted on the bill'],
		// Part of a longer name, or after a title: no swap would read true or false.
		['Sung Kim met the minister in Seoul', 'Kim', 'Ana Ruiz', undefined],
		['Mayor Carter opened the bridge', 'Carter', 'Ruiz', undefined]
	])('in %j swaps %j for %j: %j', (text, name, swap, expected) => {
		expect(replaceWholeName(text, name, swap)).toBe(expected);
	});
});

describe('swaps that keep the statement grammatical', () => {
	it.each([
		[2, 'one', false],
		[2, '1', false],
		[2, 'three', true],
		[1, 'two', true]
	])('a count of %d may become %j: %s', (value, swap, ok) => {
		expect(keepsPlural(value, swap)).toBe(ok);
	});

	it.each([
		['Russia', 'U.S.', false],
		['United States', 'Russia', false],
		['U.S.', 'United Kingdom', true],
		['Russia', 'China', true]
	])('%j may stand in for %j: %s', (a, b, ok) => {
		expect(sameArticleUse(a, b)).toBe(ok);
	});
});

describe('falseVersions', () => {
	it('swaps an organisation only for one the article writes alike, with or without “the”', () => {
		const article = analyzed(
			'Strzok was moved to the FBI’s human resources department on Friday.',
			'CNN reported that Strzok was escorted out of the building.',
			'The Senate will hold a hearing on the report next week.',
			'Reuters and CNN both carried the story.'
		);
		const versions = (index: number) =>
			falseVersions(article, article.sentences[index]!, article.sentences[index]!.text);
		expect(versions(1).join(' ')).not.toMatch(/^(?:FBI|Senate) reported/);
	});

	it('swaps in no head of state for someone else: false at a glance, for who he is', () => {
		const article = analyzed(
			'President Ana Ruiz opened the new harbour on Monday.',
			'Harbour chief Tomas Varga removed Omar Haddad from the board last year.',
			'Omar Haddad and Dana Cole both left the city.'
		);
		const sentence = article.sentences[1]!;
		const versions = falseVersions(article, sentence, sentence.text);
		expect(versions.join(' ')).not.toMatch(/Ana Ruiz/);
		expect(versions).toContain(
			'Harbour chief Tomas Varga removed Dana Cole from the board last year.'
		);
	});

	it('swaps no name or number that only modifies a noun: the statement does not turn on it', () => {
		const article = analyzed(
			'Strzok was moved to the FBI’s human resources department on Friday.',
			'The auditor faulted the Helen Carter email probe and a 48-year-old agent in 2016.',
			'Omar Haddad and the Senate met 24 fishermen in Valmouth.'
		);
		const versions = (index: number) =>
			falseVersions(article, article.sentences[index]!, article.sentences[index]!.text);
		expect(versions(0).join(' ')).not.toMatch(/Senate’s/);
		expect(versions(1).join(' ')).not.toMatch(/Omar Haddad email|24-year-old/);
		// Names and counts that are what the statement says still are.
		expect(versions(2)).toContain('Helen Carter and the Senate met 24 fishermen in Valmouth.');
		expect(versions(2)).toContain('Omar Haddad and the Senate met 12 fishermen in Valmouth.');
	});

	it('swaps no person written with a title, whose title would give the swap away', () => {
		const article = analyzed(
			'White House deputy chief of staff Joe Hagin flew to Singapore on Sunday.',
			'Prime Minister Shinzo Abe spoke to Tokyo reporters.',
			'Ana Ruiz met the press in Canada.'
		);
		const [sentence] = article.sentences;
		expect(falseVersions(article, sentence!, sentence!.text)).toEqual([
			'White House deputy chief of staff Joe Hagin flew to Canada on Sunday.'
		]);
	});
});
