import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { findNameRuns, joined, opensClause, startsReport } from './name-runs';

/** The runs of the last sentence of an article, as written, "'s" marked. */
function runsIn(...paragraphs: string[]): string[] {
	const article = analyzed(...paragraphs);
	const sentence = article.sentences[article.sentences.length - 1]!;
	return findNameRuns(sentence).map((run) => {
		const text = sentence.text.slice(
			sentence.terms[run.from]!.start,
			sentence.terms[run.to - 1]!.end
		);
		return run.possessive ? `${text} ['s]` : text;
	});
}

describe('findNameRuns', () => {
	it.each([
		[
			'Russian President Vladimir Putin met the Bank of England chief.',
			['Russian President Vladimir Putin', 'Bank of England']
		],
		[
			'The Vice Chairman of North Korea spoke to Sen. Elizabeth Warren.',
			['Vice Chairman', 'North Korea', 'Sen. Elizabeth Warren']
		],
		['Berg added that the White House agreed.', ['Berg', 'White House']],
		['Under European Union rules, passengers are entitled to a refund.', ['European Union']],
		["The campaign group Save Val d'Arbène said the valley would flood.", ["Save Val d'Arbène"]],
		[
			'The Food and Agriculture Organization said Senegal and Mauritania agreed.',
			['Food and Agriculture Organization', 'Senegal', 'Mauritania']
		],
		['Later Trump said North Korea’s leader would come.', ['Trump', "North Korea’s ['s]"]],
		['“Kim Jong Un is here,” Fielding H. Garrison wrote.', ['Kim Jong Un', 'Fielding H. Garrison']],
		[
			'Secretary of State Antony Blinken flew to Kyiv.',
			['Secretary of State Antony Blinken', 'Kyiv']
		],
		['Mayor Ruiz spoke at a Memorial Day ceremony in Lima.', ['Mayor Ruiz', 'Lima']],
		// A plural possessive before the body it names is inside the name.
		["The Belgian Shippers' Council urged both sides to talk.", ["Belgian Shippers' Council"]],
		["The Teachers' pay deal was signed in Lima.", ['Teachers', 'Lima']],
		['Nobody came.', []]
	])('reads the names of %j', (sentence, expected) => {
		expect(runsIn(sentence)).toEqual(expected);
	});

	it.each([
		[
			'KYIV, Ukraine (AP) — Officials in Kyiv met Ukrainian President Zelensky.',
			['Kyiv', 'Ukrainian President Zelensky']
		],
		['WASHINGTON — The Senate voted.', ['Senate']]
	])('skips the dateline of %j', (sentence, expected) => {
		expect(runsIn(sentence)).toEqual(expected);
	});
});

describe('startsReport and opensClause', () => {
	const firstTerms = analyzed(
		'Marsh told reporters. Later Trump said so. Officials said so.'
	).sentences.map((s) => s.terms);

	it.each([
		[0, 'Marsh', true],
		[1, 'Later', false],
		[2, 'Officials', false]
	])('sentence %i: “%s” opening a report is %s', (index, word, expected) => {
		const terms = firstTerms[index]!;
		expect(terms[0]!.text).toBe(word);
		expect(startsReport(terms, 0)).toBe(expected);
	});

	it('opens a clause at the first word, not the second', () => {
		const terms = firstTerms[0]!;
		expect([opensClause(terms, 0), opensClause(terms, 1)]).toEqual([true, false]);
	});

	it('opens a clause after a colon or an opening quote', () => {
		const terms = analyzed('He said: “Markets fell”, and so on.').sentences[0]!.terms;
		const at = (word: string) => terms.findIndex((t) => t.text === word);
		expect([opensClause(terms, at('Markets')), opensClause(terms, at('and'))]).toEqual([
			true,
			false
		]);
	});
});

describe('joined', () => {
	const terms = analyzed('Sen. Elizabeth Warren met Mr. Smith, then I. Garrison and Kim-Jong.')
		.sentences[0]!.terms;
	const after = (word: string) =>
		joined(
			terms,
			terms.findIndex((t) => t.text === word)
		);

	it.each([
		['Elizabeth', true, 'the dot of a title'],
		['Smith', true, 'the dot of a courtesy title'],
		['Garrison', true, 'the dot of an initial'],
		['then', false, 'a comma'],
		['Jong', true, 'a hyphen'],
		['met', true, 'a space']
	])('joins “%s” to the word before: %s (%s)', (word, expected) => {
		expect(after(word)).toBe(expected);
	});
});

describe('findNameRuns at the start of an article', () => {
	// A hyphen inside the first word is not a dateline's dash.
	it.each([
		['Coca-Cola Chief Executive James Quincey spoke.', 'Coca-Cola'],
		['Kassym-Jomart Tokayev spoke on Friday.', 'Kassym-Jomart']
	])('keeps the first name of %j whole', (sentence, first) => {
		expect(runsIn(sentence)[0]).toMatch(new RegExp(`^${first}`));
	});

	it('still skips a dateline with a spaced hyphen', () => {
		expect(runsIn('WASHINGTON - The Senate voted.')).toEqual(['Senate']);
	});
});
