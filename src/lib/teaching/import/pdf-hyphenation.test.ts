import { describe, expect, it } from 'vitest';
import { joinLines, vocabularyOf } from './pdf-hyphenation';

describe('vocabularyOf', () => {
	it('collects whole and hyphenated words but not a fragment before a line-end hyphen', () => {
		const vocabulary = vocabularyOf(['A well-known inter-', 'national charity']);

		expect([...vocabulary.hyphenated]).toEqual(['well-known']);
		expect(vocabulary.words.has('inter')).toBe(false);
		expect(vocabulary.words.has('national')).toBe(true);
	});
});

describe('joinLines', () => {
	const none = vocabularyOf([]);

	it('joins lines with a space', () => {
		expect(joinLines('the council', 'voted', none)).toBe('the council voted');
	});

	it('keeps the hyphen after a prefix English hyphenates, with no evidence either way', () => {
		expect(joinLines('a self-', 'portrait', none)).toBe('a self-portrait');
	});

	it('keeps the hyphen after a number: hyphenation never splits one', () => {
		expect(joinLines('a “500-', 'year flood”', none)).toBe('a “500-year flood”');
	});

	it('drops the hyphen of an ordinary word with no evidence either way', () => {
		expect(joinLines('an inter-', 'view', none)).toBe('an interview');
	});

	it('keeps a spaced dash at a line end spaced', () => {
		expect(joinLines('the vote –', 'seven to two', none)).toBe('the vote – seven to two');
	});

	it('keeps a lone hyphen after a space as a separate word', () => {
		expect(joinLines('pages 3 -', '5', none)).toBe('pages 3 - 5');
	});
});
