import { describe, expect, it } from 'vitest';
import { headNoun, nounClasses, nounClassFit, optionsOfAnswerKind } from './noun-class';

describe('headNoun', () => {
	it.each([
		['overall inflation', 'inflation'],
		['large parts of the city', 'city'],
		['Tens of thousands of teachers and supporters', 'teachers'],
		['a string of launch failures', 'failures'],
		['The hillside above the village', 'hillside'],
		['Interpol’s database', 'database'],
		['Police and villagers using shovels', 'police'],
		['Businesses that rely on the port', 'businesses'],
		['Every new control-room job', 'job'],
		['“Shipping lines”', 'lines'],
		['a state of emergency', 'emergency']
	])('“%s” is about %s', (phrase, head) => expect(headNoun(phrase)).toBe(head));

	it.each([
		['a name', 'Health New Zealand'],
		['a name after a common noun', 'the agency Health New Zealand'],
		['only a preposition', 'of the city'],
		['a number', '5.1%']
	])('has none for %s: “%s”', (_case, phrase) => expect(headNoun(phrase)).toBeUndefined());
});

describe('nounClasses', () => {
	it.each([
		['Striking dock workers', 'agent'],
		['A regional court', 'agent'],
		['Riot police', 'agent'],
		['the women', 'agent'],
		['water cannon', 'thing'],
		['Belgian ports', 'thing'],
		['chemical terminals', 'thing'],
		['Fighting corruption', 'abstract'],
		['a central promise', 'abstract'],
		['higher prices', 'abstract'],
		['the following weeks', 'time']
	])('knows “%s” as %s', (phrase, kind) => expect(nounClasses(phrase)).toContain(kind));

	it('knows nothing of a word rare in news or of no noun at all', () => {
		expect(nounClasses('a reliquary-adjacent thingamajig')).toBeUndefined();
		expect(nounClasses('regrettable')).toBeUndefined();
	});
});

describe('nounClassFit', () => {
	it('tells an option of another kind from one of the same kind or an unknown one', () => {
		expect(nounClassFit('overall inflation', 'water cannon')).toBe('different');
		expect(nounClassFit('overall inflation', 'Riot police')).toBe('different');
		expect(nounClassFit('overall inflation', 'food prices')).toBe('same');
		expect(nounClassFit('overall inflation', 'Health New Zealand')).toBe('unknown');
	});
});

describe('optionsOfAnswerKind', () => {
	it('drops options of another kind and puts those of unknown kind last, in their order', () => {
		const options = [
			'Riot police',
			'Health New Zealand',
			'water cannon',
			'food prices',
			'unemployment'
		];
		expect(
			optionsOfAnswerKind(
				'overall inflation',
				options.map((text) => ({ text }))
			).map((o) => o.text)
		).toEqual(['food prices', 'unemployment', 'Health New Zealand']);
	});

	it('leaves the options as they are when the answer’s kind is unknown', () => {
		const options = [{ text: 'water cannon' }, { text: 'Riot police' }];
		expect(optionsOfAnswerKind('Health New Zealand', options)).toEqual(options);
	});
});
