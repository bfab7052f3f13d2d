import { describe, expect, it } from 'vitest';
import { findVocabulary, meaningIn } from '../../../src/lib/reading/generate/analyze/vocabulary';
import { VOCABULARY } from '../../../src/lib/reading/generate/data/vocabulary';
import { generateQuestions } from '../../../src/lib/reading/generate';
import {
	isNearSynonym,
	vocabularyDistractors,
	vocabularyQuestions
} from '../../../src/lib/reading/generate/questions/vocabulary';
import { analyzed, PADDING } from './helpers';

const entry = (word: string) => {
	const found = VOCABULARY.find((e) => e.word === word);
	if (!found) throw new Error(`${word} is not in the vocabulary list`);
	return found;
};

describe('the vocabulary list', () => {
	it('has 150 to 300 distinct entries, each with a meaning', () => {
		const words = VOCABULARY.map((e) => e.word);
		expect(words.length).toBeGreaterThanOrEqual(150);
		expect(words.length).toBeLessThanOrEqual(300);
		expect(new Set(words).size).toBe(words.length);
		expect(VOCABULARY.every((e) => e.meaning.trim().length > 0)).toBe(true);
	});

	it('starts every verb meaning with a verb, so it can be put in the past', () => {
		const adverbFirst = VOCABULARY.filter(
			(e) => e.pos === 'v' && /ly$/.test(e.meaning.split(' ')[0]!)
		);
		expect(adverbFirst).toEqual([]);
	});
});

describe('findVocabulary and meaningIn', () => {
	it.each([
		['were in the country temporarily to ensure security', 'temporarily', 'for a limited time'],
		['fuel price caps will be reinstated for six months', 'reinstated', 'brought back'],
		[
			'the protests grew to include other political grievances',
			'grievances',
			'complaints about unfair treatment'
		],
		['There is no viable political alternative', 'viable', 'workable'],
		['Almaty, the epicenter of protests, was quiet', 'epicenter', 'central point of activity'],
		[
			'During a violent crackdown on protesters, the army moved in',
			'crackdown',
			'strict official action'
		],
		['Rescue teams evacuated 1,200 people from the town', 'evacuated', 'moved people from danger'],
		['The rebels freed two hostages on Sunday', 'hostages', 'people held captive'],
		['Unions held rallies in the capital on Sunday', 'rallies', 'mass meetings'],
		['The depot is on the outskirts of the city', 'outskirts', 'outer parts of a town']
	])('reads “%s”: “%s” means “%s”', (sentence, word, meaning) => {
		const article = analyzed(`${sentence}.`, ...PADDING);
		const use = findVocabulary(article.sentences).find((u) => u.term.text === word);
		expect(use && meaningIn(use.entry, use.form)).toBe(meaning);
	});

	it('does not take “domestic” before a noun that gives it another sense (a domestic worker)', () => {
		const words = (sentence: string) =>
			findVocabulary(analyzed(sentence, ...PADDING).sentences).map((u) => u.entry.word);
		expect(words('A domestic worker said the strike hurt her family.')).not.toContain('domestic');
		expect(words('Domestic flights were cancelled after the storm.')).toContain('domestic');
	});

	it('does not take “magnitude” before a reading on a scale (a magnitude 6.5 earthquake)', () => {
		const words = (sentence: string) =>
			findVocabulary(analyzed(sentence, ...PADDING).sentences).map((u) => u.entry.word);
		expect(words('A magnitude 6.5 earthquake damaged the church in 2016.')).not.toContain(
			'magnitude'
		);
		expect(words('The tremor measured 2.9 on the local magnitude scale.')).not.toContain(
			'magnitude'
		);
		expect(words('Few expected the magnitude of the damage to the church.')).toContain('magnitude');
	});

	it('does not take a word in another part of speech: “secure” as an adjective is not the verb', () => {
		const article = analyzed('The building was secure after the storm passed.', ...PADDING);
		expect(findVocabulary(article.sentences).map((u) => u.entry.word)).not.toContain('secure');
	});

	it.each([
		'The Netherlands had been overwhelming favourites before the final.',
		'The hosts were the overwhelming favourites to win the cup.'
	])('does not take an -ing form that describes a noun as the verb: “%s”', (sentence) => {
		const words = (text: string) =>
			findVocabulary(analyzed(text, ...PADDING).sentences).map((u) => u.entry.word);
		expect(words(sentence)).not.toContain('overwhelm');
		expect(words('Floodwater was overwhelming the town’s defences by noon.')).toContain(
			'overwhelm'
		);
	});

	it('puts every verb of a meaning joined by "or" into the word’s form', () => {
		expect(meaningIn(entry('withdraw'), 'participle')).toBe('taken back or pulled out');
		expect(meaningIn(entry('acquire'), 'past')).toBe('got or bought');
	});

	it('makes a plural meaning agree in its relative clause: "people who come next"', () => {
		const successor = VOCABULARY.find((e) => e.word === 'successor')!;
		expect(meaningIn(successor, 'plural')).toBe('people who come next');
		expect(meaningIn(successor, 'base')).toBe('person who comes next');
	});

	it('reads an -s form right after another verb as its object: “encourage further challenges”', () => {
		const article = analyzed(
			'Legal analysts said the ruling could encourage further challenges.',
			'The union challenges the rule in court every year.',
			...PADDING
		);
		const uses = findVocabulary(article.sentences).filter((u) => u.entry.word === 'challenge');
		expect(uses.map((u) => u.sentence.text)).toEqual([
			'The union challenges the rule in court every year.'
		]);
	});
});

describe('vocabularyDistractors', () => {
	it('never offers a near-synonym of the answer or of another option, for any word of the list', () => {
		const clashes: string[] = [];
		const sentence = analyzed('A placeholder sentence for the test.', ...PADDING).sentences[0]!;
		for (const e of VOCABULARY) {
			const use = {
				entry: e,
				form: 'base' as const,
				sentence,
				term: {
					text: e.word,
					pre: '',
					post: '',
					normal: e.word,
					tags: new Set<string>(),
					start: 0,
					end: 0
				}
			};
			const meanings = vocabularyDistractors(use, 3);
			const chosen = VOCABULARY.filter((other) => meanings.includes(other.meaning));
			for (const other of chosen)
				if (isNearSynonym(e, other)) clashes.push(`${e.word}/${other.word}`);
			if (meanings.length < 3) clashes.push(`${e.word}: only ${meanings.length} options`);
		}
		expect(clashes).toEqual([]);
	});

	it.each([
		['viable', 'feasible'],
		['grievance', 'dissent'],
		['turmoil', 'unrest']
	])('treats “%s” and “%s” as near-synonyms', (a, b) => {
		expect(isNearSynonym(entry(a), entry(b))).toBe(true);
	});
});

describe('vocabularyQuestions', () => {
	const article = analyzed(
		'Kazakhstan is frequently described as authoritarian, and there is no viable alternative.',
		'According to the government, fuel price caps will be reinstated for six months.',
		'The demonstrations have now expanded to include other political grievances.',
		'Peacekeeping forces are in the country temporarily to ensure security.'
	);
	const questions = vocabularyQuestions(article).map((c) => c.draft);

	it('asks “closest in meaning” with the paragraph number, the word and same-form options', () => {
		const reinstated = questions.find((q) => q.prompt.includes('“reinstated”'));
		expect(reinstated?.prompt).toBe(
			'In paragraph 2, the word “reinstated” is closest in meaning to…'
		);
		expect(reinstated?.type === 'single-choice' && reinstated.options).toContain('brought back');
		expect(reinstated?.evidence).toEqual([
			'According to the government, fuel price caps will be reinstated for six months.'
		]);
	});

	it('asks the less common words first and no word twice', () => {
		const asked = questions.flatMap((q) =>
			q.type === 'matching' ? q.pairs.map((p) => p.left) : [/“(.+)”/.exec(q.prompt)?.[1] ?? '']
		);
		expect(new Set(asked).size).toBe(asked.length);
		expect(asked.slice(0, 3).sort()).toEqual(['authoritarian', 'reinstated', 'viable']);
	});

	it('asks no word that only says how much or which (“roughly a fifth”)', () => {
		const hedged = vocabularyQuestions(
			analyzed(
				'Foot traffic in the centre has fallen by roughly a fifth since 2019.',
				'The plan is primarily a test of approximately 240 metres of street.',
				...PADDING
			)
		).map((c) => c.draft.prompt);
		expect(hedged.filter((p) => /roughly|primarily|approximately/.test(p))).toEqual([]);
	});

	it('puts a vocabulary question into the quiz of an article that uses such words', () => {
		const quiz = generateQuestions(
			'Kazakhstan is frequently described as authoritarian, and there is no viable alternative.\n\nAccording to the government, fuel price caps will be reinstated for six months.\n\nThe demonstrations have now expanded to include other political grievances.'
		);
		expect(
			quiz.some(
				(q) => q.skill === 'vocabulary' && /closest in meaning|with its meaning/.test(q.prompt)
			)
		).toBe(true);
	});
});

describe('a verb whose sense changes before "to"', () => {
	it('asks no meaning of “declined” in “declined to comment”', () => {
		const uses = findVocabulary(
			analyzed('The company declined to comment on the report.', ...PADDING).sentences
		);
		expect(uses.map((use) => use.term.normal)).not.toContain('declined');
	});

	it('still asks “declined” where prices declined', () => {
		const uses = findVocabulary(
			analyzed('Fuel prices declined sharply in March after the new rules.', ...PADDING).sentences
		);
		expect(uses.map((use) => use.term.normal)).toContain('declined');
	});
});

describe('a verb of amounts done by a person', () => {
	it.each([
		'Mayor Elena Ortiz, a retired engineer, declined, saying the plan was unsafe.',
		'She declined when the council offered her the post.'
	])('asks no “go down” meaning of “declined” in: %s', (sentence) => {
		const uses = findVocabulary(analyzed(sentence, ...PADDING).sentences);
		expect(uses.map((use) => use.term.normal)).not.toContain('declined');
	});
});

describe('vocabularyDistractors for a verb without an object', () => {
	it('offers meanings that need no object either ("erupted violently")', () => {
		const sentence = analyzed(
			'A volcano in the Andes erupted violently early on Tuesday.',
			...PADDING
		).sentences[0]!;
		const term = sentence.terms.find((t) => t.normal === 'erupted')!;
		const meanings = vocabularyDistractors(
			{ entry: entry('erupt'), form: 'past', sentence, term },
			3
		);
		expect(meanings).toHaveLength(3);
		expect(meanings.filter((m) => /\b(?:from|with|right|of)$/.test(m))).toEqual([]);
	});
});

describe('vocabularyDistractors for a thing', () => {
	it('offers no person for a word that names a thing, and people for a person', () => {
		const sentence = analyzed('The verdict was read out in court on Friday.', ...PADDING)
			.sentences[0]!;
		const term = sentence.terms[1]!;
		const people = /\b(?:person|people|someone|fighters?)\b|^officials? representing\b/;
		for (const e of VOCABULARY.filter((v) => v.pos === 'n' || v.pos === 'nu')) {
			const meanings = vocabularyDistractors({ entry: e, form: 'base', sentence, term }, 3);
			if (!people.test(e.meaning)) expect(meanings.filter((m) => people.test(m))).toEqual([]);
		}
	});
});

describe('a matching of words to meanings', () => {
	it('never pairs two words whose meanings share a word (“stop for a time”, “stopped”)', () => {
		const article = analyzed(
			'The outbreak forced officials to suspend poultry exports.',
			'Buyers halted shipments and restricted imports from the region.',
			'Farmers said the crackdown was a temporary measure.',
			'The epicenter of the outbreak was a farm near the border.',
			...PADDING
		);
		const pairs = vocabularyQuestions(article).flatMap((c) =>
			c.draft.type === 'matching' ? c.draft.pairs.map((p) => p.left) : []
		);
		expect(pairs.includes('suspend') && pairs.includes('halted')).toBe(false);
	});
});
