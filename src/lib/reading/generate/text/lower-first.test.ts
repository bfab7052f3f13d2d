import { describe, expect, it } from 'vitest';
import type { Term } from '../types';
import { lowerFirst, type LowerFirstRule } from './lower-first';

function term(text: string, ...tags: string[]): Term {
	return {
		text,
		pre: '',
		post: ' ',
		normal: text.toLowerCase(),
		tags: new Set(tags),
		start: 0,
		end: text.length
	};
}

describe('lowerFirst', () => {
	it.each<[string, LowerFirstRule, string]>([
		// 'always': the caller decided (stance, sequence, reported questions).
		['The river rose', 'always', 'the river rose'],
		['', 'always', ''],
		['3 ships', 'always', '3 ships'],
		// By tags, as for a question's subject (grammar.ts): names, acronyms, "I", capitals keep.
		['The river', { term: term('The', 'Determiner'), keepCapitals: true }, 'the river'],
		['Kestrel Bank', { term: term('Kestrel', 'ProperNoun'), keepCapitals: true }, 'Kestrel Bank'],
		['NATO allies', { term: term('NATO', 'Acronym'), keepCapitals: true }, 'NATO allies'],
		['I', { term: term('I', 'Pronoun'), keepCapitals: true }, 'I'],
		[
			'UK-based firms',
			{ term: term('UK-based', 'Adjective'), keepCapitals: true },
			'UK-based firms'
		],
		// By tags, as for event clauses (effects-pool.ts, effects-adjacent.ts): only names and acronyms.
		['The factory closed', { term: term('The', 'Determiner') }, 'the factory closed'],
		['Kestrel Bank failed', { term: term('Kestrel', 'ProperNoun') }, 'Kestrel Bank failed'],
		['NATO met', { term: term('NATO', 'Acronym') }, 'NATO met'],
		['UK-based firms', { term: term('UK-based', 'Adjective') }, 'uK-based firms'],
		['The factory closed', { term: undefined }, 'the factory closed'],
		// A title run on into a name keeps its capital; a determiner before a name does not.
		[
			'Deputy Transport Minister Paolo Ferri',
			{ term: term('Deputy', 'Noun') },
			'Deputy Transport Minister Paolo Ferri'
		],
		[
			'The Senate Finance Committee',
			{ term: term('The', 'Determiner') },
			'the Senate Finance Committee'
		],
		['Heavy rain fell', { term: term('Heavy', 'Adjective') }, 'heavy rain fell'],
		['fresh gunfire', { term: term('fresh', 'Adjective') }, 'fresh gunfire'],
		// By shape, for a distractor in a true/false statement (causes.ts).
		['Fresh gunfire', 'phrase', 'fresh gunfire'],
		['Long-running strikes', 'phrase', 'long-running strikes'],
		['Kestrel Bank', 'phrase', 'Kestrel Bank'],
		['A fraud scandal', 'phrase', 'A fraud scandal'],
		['The Kestrel Bank collapse', 'phrase', 'The Kestrel Bank collapse'],
		// By shape, for a cause inside "what happened as a result of …?" (effects.ts).
		['A fraud scandal', 'determiner-or-phrase', 'a fraud scandal'],
		['The Kestrel Bank collapse', 'determiner-or-phrase', 'the Kestrel Bank collapse'],
		['Their protest', 'determiner-or-phrase', 'their protest'],
		['Fresh gunfire', 'determiner-or-phrase', 'fresh gunfire'],
		['Kestrel Bank', 'determiner-or-phrase', 'Kestrel Bank'],
		['Long-running strikes', 'determiner-or-phrase', 'Long-running strikes']
	])('lowers %j by %j to %j', (text, rule, expected) => {
		expect(lowerFirst(text, rule)).toBe(expected);
	});
});
