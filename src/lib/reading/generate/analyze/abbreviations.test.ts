import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { findAbbreviations } from './abbreviations';

const abbreviationsIn = (...paragraphs: string[]) => [
	...findAbbreviations(analyzed(...paragraphs).sentences)
];

describe('findAbbreviations', () => {
	it.each([
		['Prices of liquefied petroleum gas (LPG) rose.', ['LPG', 'liquefied petroleum gas']],
		['The Bank of England (BoE) held rates.', ['BoE', 'Bank of England']],
		[
			'The Russian-led Collective Security Treaty Organization (CSTO) sent troops.',
			['CSTO', 'Collective Security Treaty Organization']
		],
		['The North-East Line (NEL) opened.', ['NEL', 'North-East Line']],
		['Leaders of the European Union (EU) met.', ['EU', 'European Union']]
	])('expands the abbreviation in %j', (sentence, expected) => {
		expect(abbreviationsIn(sentence)).toEqual([expected]);
	});

	it.each([
		['a bracket whose initials match nothing before it', 'It said (OK) nothing at all.'],
		['a single letter', 'Section one (A) applies.'],
		['a lowercase bracket', 'It was cheap (ish) for us.'],
		['no bracket', 'Leaders of the European Union met.']
	])('finds nothing for %s', (_, sentence) => {
		expect(abbreviationsIn(sentence)).toEqual([]);
	});

	it('keeps the first expansion of an abbreviation explained twice', () => {
		expect(
			abbreviationsIn('The European Union (EU) met.', 'Every Undergraduate (EU) cheered.')
		).toEqual([['EU', 'European Union']]);
	});
});
