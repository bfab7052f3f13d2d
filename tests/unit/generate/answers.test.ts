import { describe, expect, it } from 'vitest';
import { gapChoice } from '../../../src/lib/reading/generate/compose/gap-choice';
import { cloze, shortAnswer } from '../../../src/lib/reading/generate/compose/draft';
import {
	acceptAbbreviations,
	withAbbreviations
} from '../../../src/lib/reading/generate/questions/abbreviations';
import { entityQuestions } from '../../../src/lib/reading/generate/questions/people';
import { analyzed, PADDING } from './helpers';

const ABBREVIATING = analyzed(
	'The price of liquefied petroleum gas (LPG) doubled on Sunday.',
	'About 2,500 soldiers are part of the Russian-led Collective Security Treaty Organisation (CSTO).',
	...PADDING
);
const common = { prompt: 'Which gas doubled in price?', skill: 'detail' as const, evidence: [] };

describe('withAbbreviations', () => {
	it.each([
		[['liquefied petroleum gas'], 'LPG'],
		[['Liquefied Petroleum Gas'], 'LPG'],
		[['LPG'], 'liquefied petroleum gas'],
		[['the Russian-led Collective Security Treaty Organisation'], 'the Russian-led CSTO'],
		[['Collective Security Treaty Organisation (CSTO)'], 'CSTO'],
		[['Collective Security Treaty Organisation (CSTO)'], 'Collective Security Treaty Organisation']
	])('accepts for %j also “%s”', (accepted, alias) => {
		expect(withAbbreviations(ABBREVIATING, accepted)).toContain(alias);
	});

	it.each([[['petroleum']], [['LPGs']], [['gas']]])(
		'adds nothing for %j, which is no abbreviated phrase',
		(accepted) => {
			expect(withAbbreviations(ABBREVIATING, accepted)).toEqual(accepted);
		}
	);

	it('adds the abbreviation to a typed answer, unless the prompt shows it', () => {
		const asked = acceptAbbreviations(
			ABBREVIATING,
			shortAnswer(common, ['liquefied petroleum gas'])
		);
		const shown = acceptAbbreviations(
			ABBREVIATING,
			shortAnswer({ ...common, prompt: 'What does LPG stand for?' }, ['liquefied petroleum gas'])
		);
		expect(asked.type === 'short-answer' && asked.accepted).toContain('LPG');
		expect(shown.type === 'short-answer' && shown.accepted).not.toContain('LPG');
	});
});

describe('rejected answers', () => {
	it.each([
		[['Russia'], ['China', 'russia', 'Kazakhstan'], ['China', 'Kazakhstan']],
		[['LPG', 'liquefied petroleum gas'], ['CSTO', 'CSTO'], ['CSTO']]
	])(
		'keeps other same-kind answers for %j, never an accepted one: %j → %j',
		(accepted, rejected, kept) => {
			const gap = cloze({ ...common, prompt: 'It borders _____.' }, accepted, rejected);
			const typed = shortAnswer(common, accepted, rejected);
			expect(gap.type === 'cloze' && gap.rejected).toEqual(kept);
			// The schema has no short-answer `rejected` yet; the draft carries it for when it does.
			expect('rejected' in typed && typed.rejected).toEqual(kept);
		}
	);

	it('lists the other people of the article as wrong answers to a gap for a person', () => {
		const article = analyzed(
			'The deal was announced by chief executive Laura Brennan on Tuesday.',
			'Chairman Robert Hale resigned in September, and Michael Tran now leads the fund.',
			...PADDING
		);
		const gap = entityQuestions(article)
			.map((c) => c.draft)
			.find((q) => q.type === 'cloze' && q.answerText === 'Laura Brennan');
		expect(gap?.type === 'cloze' && [...gap.rejected].sort()).toEqual([
			'Michael Tran',
			'Robert Hale'
		]);
	});

	it('offers a gap as a choice only among rejected answers of the same shape, none shown in the sentence', () => {
		const gap = cloze(
			{ ...common, prompt: 'The study followed 2,100 students aged 13 to _____.' },
			['17'],
			['2,100', '13', '20', '12%', 'eight', '35']
		);
		const [, choice] = gapChoice({ draft: gap, score: 5, factKey: 'number' });
		expect(choice?.draft.type === 'single-choice' && [...choice.draft.options].sort()).toEqual([
			'17',
			'20',
			'35'
		]);
		expect(choice?.group).toBeDefined();
	});

	it('offers no phrase that shares a word with the answer (it may name the same thing)', () => {
		const gap = cloze(
			{ ...common, prompt: 'The _____ accuse the harbour master of fraud.' },
			['new charges'],
			['latest charges', 'additional charges', 'house arrest', 'release conditions', 'tax code']
		);
		const [, choice] = gapChoice({ draft: gap, score: 5, factKey: 'phrase' });
		expect(choice?.draft.type === 'single-choice' && [...choice.draft.options].sort()).toEqual([
			'house arrest',
			'new charges',
			'release conditions',
			'tax code'
		]);
	});

	it('offers names as options only for people, places and bodies the reading sorted', () => {
		const gap = cloze(
			{ ...common, prompt: 'The baker, a devout _____, refused the order.' },
			['Christian'],
			['Masterpiece Cakeshop', 'First Amendment', 'Zero Tolerance']
		);
		expect(gapChoice({ draft: gap, score: 5, factKey: 'name', kind: 'event' })).toEqual([]);
		const person = cloze(
			{ ...common, prompt: 'The order was refused by _____ on Monday.' },
			['Helen Carter'],
			['Omar Haddad', 'Maria Ferro', 'Tomas Varga']
		);
		const [, choice] = gapChoice({ draft: person, score: 5, factKey: 'who', kind: 'person' });
		expect(choice?.draft.type).toBe('single-choice');
	});

	it('leaves no gap after a surname’s particle (“de _____ said” for “de Graaf”)', () => {
		const article = analyzed(
			'Port chairman Pieter de Graaf met the union on Monday.',
			'"We understand the concerns," de Graaf said after the meeting.',
			...PADDING
		);
		const prompts = entityQuestions(article).map((c) => c.draft.prompt);
		expect(prompts.some((p) => /\bde _____/.test(p))).toBe(false);
	});

	it('blanks an abbreviated name with its bracket and accepts the abbreviation too', () => {
		const article = analyzed(
			'About 2,500 soldiers of the Collective Security Treaty Organisation (CSTO) arrived on Thursday.',
			...PADDING
		);
		const gap = entityQuestions(article)
			.map((c) => acceptAbbreviations(article, c.draft))
			.find((q) => q.type === 'cloze' && /Organisation$/.test(q.answerText));
		expect(gap?.prompt).toBe('About 2,500 soldiers of the _____ arrived on Thursday.');
		expect(gap?.type === 'cloze' && gap.accepted).toContain('CSTO');
	});
});
