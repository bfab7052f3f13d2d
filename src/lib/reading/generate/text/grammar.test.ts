import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { capitalisedMidSentence, stripFinalPunctuation } from './grammar';

describe('stripFinalPunctuation', () => {
	it.each([
		['The river rose.', 'The river rose'],
		['Who closed the port?', 'Who closed the port'],
		['in the harbour, ', 'in the harbour'],
		// A dotted abbreviation keeps its full stop: "at around 2:30 a.m.?" reads as English.
		['The slope gave way at around 2:30 a.m.', 'The slope gave way at around 2:30 a.m.'],
		['The family moved to the U.S.,', 'The family moved to the U.S.'],
		['The plan was called plan A.', 'The plan was called plan A']
	])('%j → %j', (text, expected) => {
		expect(stripFinalPunctuation(text)).toBe(expected);
	});
});

describe('capitalisedMidSentence', () => {
	const article = analyzed(
		'Officials at the Ministry of Health said the World Health Organization had sent vaccines.',
		'Doctors said Union members and the Kestrel Bank staff would help.',
		...PADDING
	);
	it.each([
		['Health', false],
		['Union', true],
		['Kestrel', false],
		['Officials', false]
	])('reads “%s” as a capital of its own: %s', (word, own) => {
		expect(capitalisedMidSentence(article, word)).toBe(own);
	});
});
