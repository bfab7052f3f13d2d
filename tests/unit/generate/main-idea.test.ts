import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceCentrality } from '../../../src/lib/reading/generate/facts/centrality';
import {
	mainIdeaQuestions,
	statementOf
} from '../../../src/lib/reading/generate/questions/main-idea';
import { prepareArticle } from '../../../src/lib/reading/generate/prepare';
import { falseVersions } from '../../../src/lib/reading/generate/questions/true-statements';
import { analyzed, PADDING } from './helpers';

describe('main-idea wrong options', () => {
	it.each(['harbour-deal', 'sleep-study', 'valley-floods'])(
		'come from the less central sentences of %s, so none could be argued to be the main idea',
		(name) => {
			const text = readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8');
			const { article } = prepareArticle(text);
			const [question] = mainIdeaQuestions(article).map((c) => c.draft);
			if (question?.type !== 'single-choice') throw new Error('no main-idea question');
			const centrality = sentenceCentrality(article.sentences);
			const ranks = [...centrality.values()].sort((a, b) => b - a);
			const central = ranks[Math.floor(ranks.length * 0.3)]!;
			const mostCentral = article.sentences
				.filter((s) => (centrality.get(s.id) ?? 0) >= central)
				.map(statementOf);
			const wrong = question.options.filter((_, i) => i !== question.correctIndex);
			expect(wrong.length).toBeGreaterThanOrEqual(2);
			for (const option of wrong) expect(mostCentral).not.toContain(option);
		}
	);
});

describe('main-idea options that contradict', () => {
	it.each(['harbour-deal', 'sleep-study', 'valley-floods'])(
		'offer at most one changed version of the right statement in %s, and keep the rest as spares',
		(name) => {
			const text = readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8');
			const { article } = prepareArticle(text);
			const [question] = mainIdeaQuestions(article).map((c) => c.draft);
			if (question?.type !== 'single-choice') throw new Error('no main-idea question');
			const right = question.options[question.correctIndex]!;
			const words = (s: string) => s.split(/\s+/);
			// A contradiction differs from the right statement in a word or two, nothing else.
			const changed = question.options.filter((option) => {
				if (option === right) return false;
				const a = words(option);
				const b = words(right);
				const shared = a.filter((w) => b.includes(w)).length;
				return shared >= Math.max(a.length, b.length) - 3;
			});
			expect(changed.length).toBeLessThanOrEqual(1);
			// True details say where they come from, so one that gives a question away can be swapped.
			const sources = (question.wrongOptions ?? []).flatMap((o) => o.sentenceId ?? []);
			expect(sources.length).toBeGreaterThanOrEqual(2);
			for (const id of sources) expect(article.sentences.some((s) => s.id === id)).toBe(true);
		}
	);
});

describe('main-idea feedback', () => {
	it.each(['harbour-deal', 'sleep-study', 'valley-floods'])(
		'in %s, explains the main event and leaves each wrong option’s reason to its own feedback',
		(name) => {
			const text = readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8');
			const [question] = mainIdeaQuestions(prepareArticle(text).article).map((c) => c.draft);
			if (question?.type !== 'single-choice') throw new Error('no main-idea question');
			// Which wrong options show is settled after selection: the explanation names none of them.
			expect(question.explanation).not.toMatch(/misstate|one detail/);
			const feedback = question.optionFeedback ?? [];
			question.options.forEach((_, i) => {
				if (i !== question.correctIndex) expect(feedback[i]).toBeTruthy();
			});
		}
	);
});

describe('a summary misstated', () => {
	it('swaps who did it, never a name deep in the statement ("division in the Harbour Commission")', () => {
		const article = analyzed(
			'Lawmakers voted down four harbour bills on Thursday after months of division in the Senate.',
			'The Harbour Commission said the vote was a mistake.',
			...PADDING
		);
		const text =
			'Lawmakers voted down four harbour bills on Thursday after months of division in the Senate';
		const asSummary = falseVersions(article, article.sentences[0]!, text, true);
		expect(asSummary.some((v) => v.includes('Harbour Commission'))).toBe(false);
		// As a true/false statement, any name may change.
		expect(
			falseVersions(article, article.sentences[0]!, text).some((v) =>
				v.includes('Harbour Commission')
			)
		).toBe(true);
	});
});

describe('a summary misstated by a number', () => {
	it('is never offered: one changed number is a trick, not a misreading', () => {
		const article = analyzed(
			'Work at three paper mills came to a halt on Monday after workers walked out over pay.',
			'The union said 1,400 of its members had joined the strike.',
			...PADDING
		);
		const text =
			'Work at three paper mills came to a halt on Monday after workers walked out over pay';
		expect(falseVersions(article, article.sentences[0]!, text, true)).toEqual([]);
		// As a true/false statement, the number may change.
		expect(falseVersions(article, article.sentences[0]!, text).length).toBeGreaterThan(0);
	});
});

describe('a lead’s statement with what made it news', () => {
	it.each([
		[
			'an event whose number has a comma, before the attribution that closes the sentence',
			'Work at two mills run by Northvale Paper came to a halt on Monday after more than 1,400 workers walked out over pay, the company and unions said.',
			'Work at two mills run by Northvale Paper came to a halt on Monday after more than 1,400 workers walked out over pay'
		],
		[
			'what the event raised the toll to',
			'Rescuers pulled two more bodies from the mud of a mountain village on Friday, raising the death toll from the storm to 19, as officials warned of more rain.',
			'Rescuers pulled two more bodies from the mud of a mountain village on Friday, raising the death toll from the storm to 19'
		],
		[
			'a possessive inside the subject’s own relative clause, without the source after it',
			'Drivers who switched off their engines at red lights used 8 percent less fuel than other drivers, according to a study published on Monday.',
			'Drivers who switched off their engines at red lights used 8 percent less fuel than other drivers'
		],
		[
			'no sum an earlier sentence named',
			'The money will pay for new benches, trees and signs.',
			undefined
		],
		[
			'no aside about some of what was counted',
			'A software fault overcharged more than 18,000 bus, tram and metro passengers in the city last week, some of them by more than €100.',
			'A software fault overcharged more than 18,000 bus, tram and metro passengers in the city last week'
		],
		[
			'no naming verb cut from what it names',
			'Three coastal towns that share the Arlen estuary agreed on Monday to give each other at least ten days of notice before major releases of water from their reservoirs, in a deal the mayors described as the most important step in managing the estuary in three decades.',
			'Three coastal towns that share the Arlen estuary agreed on Monday to give each other at least ten days of notice before major releases of water from their reservoirs'
		]
	])('%s', (_case, sentence, statement) => {
		expect(statementOf(analyzed(sentence, ...PADDING).sentences[0]!)).toBe(statement);
	});
});

describe('a statement misstated by its numbers', () => {
	const versions = (first: string) => {
		const article = analyzed(
			first,
			'The port has 40 berths, 12 cranes and 300 workers on each shift.',
			...PADDING
		);
		const sentence = article.sentences[0]!;
		return falseVersions(article, sentence, sentence.text.replace(/\.$/, ''));
	};

	it('never changes an age set off by commas ("Varga, 62, who …")', () => {
		expect(
			versions('Tomas Varga, 62, who ran the port for a decade, denied every charge on Monday.')
		).toEqual([]);
	});

	it('never changes a count of a whole ("8 of the 20 trains") into more than the whole', () => {
		expect(versions('Only 8 of the 20 new ferries have been delivered to the port.')).toEqual([]);
	});

	it('never changes a part or its whole written in words ("four of the six members")', () => {
		expect(versions('Four of the six members of the board voted for the cut on Monday.')).toEqual(
			[]
		);
	});

	it('still changes a plain count', () => {
		expect(versions('The storm sank 8 fishing boats in the harbour on Monday.').length).toBe(1);
	});
});

describe('a statement with a verb joined on by "but" or "and"', () => {
	it.each([
		[
			'Coach Sander Hoekstra praised his opponents but admitted his side had let the game slip.',
			'Coach Sander Hoekstra praised his opponents but admitted his side had let the game slip'
		],
		[
			'The mayor visited the flooded district and promised that repairs would start within a week.',
			'The mayor visited the flooded district and promised that repairs would start within a week'
		]
	])('keeps what the joined verb says: “%s”', (sentence, statement) => {
		expect(statementOf(analyzed(sentence, ...PADDING).sentences[0]!)).toBe(statement);
	});
});

describe('a long lead as a statement', () => {
	it('ends before the clause that says why when no comma pauses it, and keeps “the country” it names', () => {
		expect(
			statementOf(
				analyzed(
					"Zambia's state power company said Tuesday that households across the country would face daily blackouts of up to 12 hours after a prolonged drought pushed water levels at the Kariba Dam reservoir to their lowest point in nearly three decades.",
					...PADDING
				).sentences[0]!
			)
		).toBe(
			"Zambia's state power company said Tuesday that households across the country would face daily blackouts of up to 12 hours"
		);
	});
});

describe('a lead with more after its attribution, or an appositive after its event', () => {
	it.each([
		[
			'Nearly half of the corals surveyed on the northern reef have been bleached after a long marine heatwave, scientists said on Tuesday, in what they described as the worst event on record.',
			'Nearly half of the corals surveyed on the northern reef have been bleached after a long marine heatwave'
		],
		[
			'Engineers working for the regional water authority have found a leak in the main pipe that carries drinking water from the mountain reservoir to the coastal towns, a discovery that officials said explains the falling pressure reported since March.',
			'Engineers working for the regional water authority have found a leak in the main pipe that carries drinking water from the mountain reservoir to the coastal towns'
		]
	])('states the event of “%s”', (sentence, statement) => {
		expect(statementOf(analyzed(sentence, ...PADDING).sentences[0]!)).toBe(statement);
	});

	it('takes no statement that answers an earlier sentence (“however”, “meanwhile”)', () => {
		for (const sentence of [
			'Scientists warned, however, that repeated heat stress could leave reefs with little time to recover.',
			'Fishing crews, meanwhile, have moved their boats to harbours further south along the coast.'
		])
			expect(statementOf(analyzed(sentence, ...PADDING).sentences[0]!)).toBeUndefined();
	});
});
