import { describe, expect, it } from 'vitest';
import { isAcronym, TITLE_HEADS, vocabularyForm } from './titles';

describe('vocabularyForm', () => {
	it.each([
		['Sen.', 'sen'],
		['president', 'president'],
		['U.S.', 'u.s'],
		['', '']
	])('gives %j the form %j', (normal, expected) => {
		expect(vocabularyForm(normal)).toBe(expected);
	});

	it('makes a dotted title match its vocabulary entry', () => {
		expect(TITLE_HEADS.has(vocabularyForm('Sen.'))).toBe(true);
	});
});

describe('isAcronym', () => {
	it.each([
		['FBI', true],
		['U.S.', true],
		['CSTO', true],
		['UK', true],
		['A', false],
		['ABCDEFG', false],
		['Nato', false],
		['fbi', false],
		['', false],
		['U-S', false]
	])('says %j is an acronym: %s', (text, expected) => {
		expect(isAcronym(text)).toBe(expected);
	});
});
