import { describe, expect, it } from 'vitest';
import {
	countryAbsent,
	notMentionedQuestions
} from '../../../src/lib/reading/generate/questions/not-mentioned';
import { analyzed, PADDING } from './helpers';

const questionOf = (...paragraphs: string[]) => {
	const candidates = notMentionedQuestions(analyzed(...paragraphs));
	expect(candidates.length).toBeLessThanOrEqual(1);
	const draft = candidates[0]?.draft;
	return draft?.type === 'single-choice' ? draft : undefined;
};

const ARTICLES: [string, string[]][] = [
	[
		'a summit: countries',
		[
			'Leaders of France, Germany and Italy met in Rome on Tuesday to discuss energy prices.',
			'Germany asked France to share more electricity over the winter.',
			'Italy said it would build two new gas terminals.',
			...PADDING
		]
	],
	[
		'floods: countries with adjectives in the text',
		[
			'Floods in Kenya forced thousands of families from their homes.',
			'Ugandan and Tanzanian rescue teams crossed the border to help.',
			'Kenya, Uganda and Tanzania agreed to share river data.',
			...PADDING
		]
	],
	[
		'a takeover: named actors and their deeds',
		[
			'Chief executive Nora Quist rejected the offer from the rival firm.',
			'Chairman Peter Lund resigned after the shareholder vote.',
			'Omar Haddad hired a new auditor for the annual accounts.',
			...PADDING
		]
	]
];

describe('"which of these is NOT mentioned?"', () => {
	it.each(ARTICLES)(
		'%s: the answer never occurs in the article, every wrong option does',
		(_name, paragraphs) => {
			const question = questionOf(...paragraphs);
			expect(question).toBeDefined();
			const text = paragraphs.join(' ');
			expect(question!.prompt).toMatch(/NOT/);
			expect(text.toLowerCase()).not.toContain(question!.answerText.toLowerCase());
			const wrong = question!.options.filter((_, i) => i !== question!.correctIndex);
			expect(wrong).toHaveLength(3);
			for (const option of wrong) {
				// Every wrong option is a country the article names, or a deed it states word for word.
				const words = option.split(' ');
				const subjectless = words.slice(-Math.max(2, words.length - 2)).join(' ');
				expect(text.includes(option) || text.includes(subjectless)).toBe(true);
			}
		}
	);

	it('picks a country near the article’s countries, never one named by its adjective', () => {
		const question = questionOf(...ARTICLES[1]![1]);
		expect(['Kenya', 'Uganda', 'Tanzania']).not.toContain(question!.answerText);
		expect(countryAbsent(ARTICLES[1]![1].join(' '), 'Uganda')).toBe(false);
		expect(countryAbsent('Chinese troops crossed the border.', 'China')).toBe(false);
		expect(countryAbsent('French troops crossed the border.', 'France')).toBe(false);
		expect(countryAbsent('Troops crossed the border.', 'China')).toBe(true);
	});

	it('asks nothing when the article names too few countries or actors', () => {
		expect(questionOf('Heavy rain flooded the market square.', ...PADDING)).toBeUndefined();
	});

	it('gives the same question on every run', () => {
		expect(questionOf(...ARTICLES[0]![1])).toEqual(questionOf(...ARTICLES[0]![1]));
	});
});
