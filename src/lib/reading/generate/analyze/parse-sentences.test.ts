import { describe, expect, it } from 'vitest';
import { cleanArticleText } from '../../article/clean-text';
import { segmentBody } from '../../article/segment';
import { parseSentences } from './parse-sentences';
import { NAME_ELSEWHERE } from './tag-repairs';
import { lowerFirst } from '../text/lower-first';

const sentencesOf = (...paragraphs: string[]) =>
	parseSentences(segmentBody(cleanArticleText(paragraphs.join('\n\n'))));

describe('parseSentences', () => {
	it('numbers sentences across paragraphs and keeps their ids and text', () => {
		const sentences = sentencesOf('Prices rose. Wages fell.', 'Did it matter? Nobody knows.');
		expect(sentences.map((s) => [s.id, s.paragraph, s.position, s.text, s.isQuestion])).toEqual([
			['p1s1', 1, 0, 'Prices rose.', false],
			['p1s2', 1, 1, 'Wages fell.', false],
			['p2s1', 2, 2, 'Did it matter?', true],
			['p2s2', 2, 3, 'Nobody knows.', false]
		]);
	});

	it('places every term at its offsets in the sentence text', () => {
		const [sentence] = sentencesOf('The “Old Harbour” reopened, officials said.');
		for (const term of sentence!.terms) {
			expect(sentence!.text.slice(term.start, term.end)).toBe(term.text);
		}
		expect(sentence!.terms.map((t) => t.text)).toEqual([
			'The',
			'Old',
			'Harbour',
			'reopened',
			'officials',
			'said'
		]);
	});

	it('reads a word in -s after “that” with a verb of its own later as a plural noun', () => {
		const [sentence] = sentencesOf(
			'The power company said Tuesday that households across the country would face blackouts.'
		);
		const households = sentence!.terms.find((t) => t.text === 'households')!;
		expect([households.tags.has('Noun'), households.tags.has('Verb')]).toEqual([true, false]);
	});

	it.each([
		['Food prices rose sharply in May.', 'prices', 'rose'],
		['Fuel costs rose by 6% last week.', 'costs', 'rose'],
		['Oil prices fell by 3% on Monday.', 'prices', 'fell']
	])('reads “%s” as a plural noun and its verb', (text, noun, verb) => {
		const [sentence] = sentencesOf(text);
		const at = (word: string) => sentence!.terms.find((t) => t.text === word)!;
		expect([at(noun).tags.has('Noun'), at(verb).tags.has('Verb')]).toEqual([true, true]);
		expect(sentence!.terms[0]!.tags.has('Verb')).toBe(false);
	});

	it.each([
		['Hospitals closed, while water pumps in many buildings stopped working.', 'pumps'],
		['Water pumps in many apartment buildings stopped working.', 'pumps'],
		['Rail services between the two cities were also suspended.', 'services']
	])('reads the plural opening a clause in “%s” as a noun, not a verb', (text, word) => {
		const [sentence] = sentencesOf(text);
		const term = sentence!.terms.find((t) => t.text === word)!;
		expect([term.tags.has('Noun'), term.tags.has('Verb')]).toEqual([true, false]);
	});

	it.each([
		['Sam Okafor, campaign director at the alliance, said the results were grim.', 'campaign'],
		['The press secretary declined to comment.', 'press']
	])('reads the word before a role in “%s” as part of the role', (text, word) => {
		const [sentence] = sentencesOf(text);
		const term = sentence!.terms.find((t) => t.text === word)!;
		expect([term.tags.has('Noun'), term.tags.has('Verb')]).toEqual([true, false]);
	});

	it.each([
		['FENATE says wages have fallen.', 'FENATE'],
		['UNITE said wages have fallen.', 'UNITE']
	])('reads the capitals in “%s” as a name, not a verb', (text, word) => {
		const [sentence] = sentencesOf(text);
		const term = sentence!.terms.find((t) => t.text === word)!;
		expect(term.tags.has('Verb')).toBe(false);
	});

	it('reads a capitalised word inside a name mid-sentence as part of the name, not a verb', () => {
		const [sentence] = sentencesOf(
			"The Kingsmoor United Supporters' Trust, which has around 4,700 members, backed the deal."
		);
		const united = sentence!.terms.find((t) => t.text === 'United')!;
		expect([united.tags.has('Noun'), united.tags.has('Verb')]).toEqual([true, false]);
	});

	it('reads an -s word after an adjective and before an -ed word as a noun, the -ed word as the verb', () => {
		const [sentence] = sentencesOf(
			'Drivers who switched off their engines at red lights used 8 percent less fuel.'
		);
		const lights = sentence!.terms.find((t) => t.text === 'lights')!;
		const used = sentence!.terms.find((t) => t.text === 'used')!;
		expect([lights.tags.has('Noun'), lights.tags.has('Verb')]).toEqual([true, false]);
		expect(used.tags.has('Verb')).toBe(true);
	});

	it('reads an -s word after “and” as the second verb of a subject that already acts', () => {
		const [sentence] = sentencesOf(
			'The agreement also caps the number of licences for industrial trawlers and sets the first joint limit on fishmeal factories.'
		);
		const sets = sentence!.terms.find((t) => t.text === 'sets')!;
		expect([sets.tags.has('Verb'), sets.tags.has('Noun')]).toEqual([true, false]);
	});

	it('marks a word opening a sentence as a name where the article writes it so elsewhere', () => {
		const sentences = sentencesOf(
			'Valdoria declared a drought emergency on Monday.',
			'Farmers in Valdoria lost half their crop. Democrats blamed the government. Rain is rare.'
		);
		const first = (i: number) => sentences[i]!.terms[0]!;
		expect(first(0).tags.has(NAME_ELSEWHERE)).toBe(true);
		expect(first(2).tags.has(NAME_ELSEWHERE)).toBe(true);
		expect(first(1).tags.has(NAME_ELSEWHERE)).toBe(false);
		expect(first(3).tags.has(NAME_ELSEWHERE)).toBe(false);
		expect(lowerFirst('Valdoria declared', { term: first(0) })).toBe('Valdoria declared');
		expect(lowerFirst('Rain is rare', { term: first(3) })).toBe('rain is rare');
	});

	it('reads a word in -s inside an opening “Under …,” phrase as a noun (“Under EU rules,”)', () => {
		const [sentence] = sentencesOf(
			'Under European Union rules, passengers on cancelled flights are entitled to a refund.'
		);
		const rules = sentence!.terms.find((t) => t.text === 'rules')!;
		expect([rules.tags.has('Noun'), rules.tags.has('Verb')]).toEqual([true, false]);
	});

	it('keeps a verb before a role when a modal or a subject comes first', () => {
		const [sentence] = sentencesOf('The unions will campaign officer by officer for the vote.');
		expect(sentence!.terms.find((t) => t.text === 'campaign')!.tags.has('Verb')).toBe(true);
	});

	it('keeps a hyphenated given name whole, not a modifier after a name', () => {
		const [sentence] = sentencesOf(
			'The rise was announced by Labor Minister Choi Dong-hoon and criticised by President Moon Jae-in over Biden-era rules.'
		);
		const texts = sentence!.terms.map((t) => t.text);
		expect(texts).toEqual(expect.arrayContaining(['Dong-hoon', 'Jae-in']));
		expect(texts).not.toContain('Biden-era');
		for (const term of sentence!.terms) {
			expect(sentence!.text.slice(term.start, term.end)).toBe(term.text);
		}
	});

	it('gives the tags compromise reads', () => {
		const [sentence] = sentencesOf('Prices rose in Paris.');
		const paris = sentence!.terms.find((t) => t.text === 'Paris')!;
		expect([paris.tags.has('Place'), paris.normal]).toEqual([true, 'paris']);
	});

	it('parses no sentence from headings alone or from nothing', () => {
		expect(parseSentences([{ kind: 'heading', text: 'A headline' }])).toEqual([]);
		expect(parseSentences([])).toEqual([]);
	});

	it('aligns sentences that compromise would split differently', () => {
		const sentences = sentencesOf('Mr. Smith met Dr. Jones at 5 p.m. on Monday. They talked.');
		expect(sentences.map((s) => s.text)).toEqual(
			segmentBody(cleanArticleText('Mr. Smith met Dr. Jones at 5 p.m. on Monday. They talked.'))
				.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : []))
				.map((s) => s.text)
		);
		for (const sentence of sentences) expect(sentence.terms.length).toBeGreaterThan(0);
	});
});
