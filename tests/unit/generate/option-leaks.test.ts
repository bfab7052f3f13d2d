import { describe, expect, it } from 'vitest';
import {
	givenAwayBySummary,
	withoutLeakingOptions
} from '../../../src/lib/reading/generate/facts/option-leaks';
import type { Scored } from '../../../src/lib/reading/generate/facts/select';
import type { Question } from '../../../src/lib/quiz/question/schema';

const base = {
	evidence: ['x'],
	sentenceIds: ['p1s1'],
	skill: 'detail' as const,
	difficulty: 'medium' as const,
	origin: 'generated' as const
};

const asScored = (question: Question): Scored => ({
	question,
	score: 3,
	importance: 3,
	factKey: question.id,
	answers: [question.answerText],
	reasons: []
});

const summary = (options: string[], correctIndex: number): Scored =>
	asScored({
		...base,
		id: 'main',
		type: 'single-choice',
		prompt: 'Which statement best sums up what the article is mainly about?',
		answerText: options[correctIndex]!,
		options,
		correctIndex,
		optionFeedback: options.map((o) => `Feedback on ${o}`)
	});

const when = asScored({
	...base,
	id: 'when',
	type: 'short-answer',
	prompt: 'When did the fighting on the river cease?',
	answerText: '1953',
	accepted: ['1953'],
	rejected: []
});

describe('givenAwayBySummary', () => {
	it('keeps a list of true statements one of which a summary offers: the others are still asked', () => {
		const list = asScored({
			...base,
			id: 'list',
			type: 'multiple-choice',
			prompt:
				'According to the article, which of these statements are true? Select all that apply.',
			answerText: 'The fighting on the river ceased in 1953; Fishermen returned to the port',
			options: [
				'The fighting on the river ceased in 1953',
				'Fishermen returned to the port',
				'The harbour closed for good',
				'The mayor resigned'
			],
			correctIndexes: [0, 1]
		});
		list.answers = ['The fighting on the river ceased in 1953', 'Fishermen returned to the port'];
		const options = [
			'The harbour reopened after the war',
			'The fighting on the river ceased in 1953',
			'The city elected a new mayor'
		];
		const main = summary(options, 2);
		main.question = { ...main.question, skill: 'main-idea' };
		expect(givenAwayBySummary([main, list]).size).toBe(0);
		expect(givenAwayBySummary([main, when]).has(when)).toBe(true);
	});
});

describe('withoutLeakingOptions', () => {
	it('takes out a wrong option that is the phrase another question asks for, not a name', () => {
		const choice = (id: string, prompt: string, options: string[]): Scored =>
			asScored({
				...base,
				id,
				type: 'single-choice',
				prompt,
				answerText: options[0]!,
				options,
				correctIndex: 0
			});
		const approved = choice('approved', 'What did the council approve?', [
			'flood barrier',
			'harbour repairs',
			'two-day strike',
			'new contract'
		]);
		const rejected = choice('rejected', 'What did the workers reject?', [
			'new contract',
			'flood barrier',
			'harbour repairs',
			'two-day strike'
		]);
		const who = choice('who', 'Who spoke first?', ['Helen Carter', 'Omar Haddad', 'Maria Ferro']);
		const whoElse = choice('who-else', 'Who called the damage the worst?', [
			'Omar Haddad',
			'Helen Carter',
			'Maria Ferro'
		]);
		const quoted = choice('quoted', 'Which words did Helen Carter use?', [
			'worse than any storm',
			'a storm like no other',
			'something we could never imagine',
			'a day of shame'
		]);
		const typedQuote = asScored({
			...base,
			id: 'typed-quote',
			type: 'cloze',
			prompt: 'Carter said the council did “_____” to save the port.',
			answerText: 'something we could never imagine',
			accepted: ['something we could never imagine'],
			rejected: []
		});
		const [quotedAfter] = withoutLeakingOptions([quoted, typedQuote]);
		expect((quotedAfter!.question as Extract<Question, { type: 'single-choice' }>).options).toEqual(
			['worse than any storm', 'a storm like no other', 'a day of shame']
		);
		const [first, second, third] = withoutLeakingOptions([approved, rejected, who, whoElse]);
		const options = (s: Scored) =>
			(s.question as Extract<Question, { type: 'single-choice' }>).options;
		expect(options(first!)).toEqual(['flood barrier', 'harbour repairs', 'two-day strike']);
		expect(options(second!)).toEqual(['new contract', 'harbour repairs', 'two-day strike']);
		// People recur through a story: offering one where another question asks for them is fair.
		expect(options(third!)).toEqual(['Helen Carter', 'Omar Haddad', 'Maria Ferro']);
		// A group described in words is a phrase, whatever its capitals.
		const flew = choice('flew', 'Who flew to Oslo on Sunday?', [
			'Harbour officials',
			'U.S. and Kestrel officials',
			'The union',
			'Fishermen'
		]);
		const met = choice('met', 'Who met at the border on Monday?', [
			'U.S. and Kestrel officials',
			'Harbour officials',
			'Fishermen'
		]);
		expect(options(withoutLeakingOptions([flew, met])[0]!)).toEqual([
			'Harbour officials',
			'The union',
			'Fishermen'
		]);
	});

	it('takes out a wrong option that states another question’s answer, keeping the rest in order', () => {
		const options = [
			'The harbour reopened after the war',
			'The fighting on the river ceased in 1953',
			'The city elected a new mayor',
			'Fishermen returned to the port'
		];
		const [main] = withoutLeakingOptions([summary(options, 2), when]);
		const question = main!.question as Extract<Question, { type: 'single-choice' }>;
		expect(question.options).toEqual([options[0], options[2], options[3]]);
		expect(question.options[question.correctIndex]).toBe('The city elected a new mayor');
		expect(question.optionFeedback).toEqual([
			`Feedback on ${options[0]}`,
			`Feedback on ${options[2]}`,
			`Feedback on ${options[3]}`
		]);
	});

	it('puts a spare wrong option that leaks nothing in place of one that leaks', () => {
		const options = [
			'The harbour reopened after the war',
			'The fighting on the river ceased in 1953',
			'The city elected a new mayor',
			'Fishermen returned to the port'
		];
		const main = summary(options, 2);
		main.wrongOptions = [
			{ text: 'The fighting on the river ceased in 1953 after talks' },
			{ text: 'A ferry line opened', feedback: 'Only a detail.' }
		];
		const question = withoutLeakingOptions([main, when])[0]!.question as Extract<
			Question,
			{ type: 'single-choice' }
		>;
		expect(question.options).toEqual([options[0], 'A ferry line opened', options[2], options[3]]);
		expect(question.correctIndex).toBe(2);
		expect(question.optionFeedback?.[1]).toBe('Only a detail.');
	});

	it('never takes out the right option, nor leaves fewer than three options', () => {
		const leaking = 'The fighting on the river ceased in 1953';
		const three = summary(['The harbour reopened', leaking, 'The city elected a mayor'], 0);
		expect(withoutLeakingOptions([three, when])[0]).toBe(three);
		const right = summary(['The harbour reopened', leaking, 'A mayor', 'A port'], 1);
		expect(withoutLeakingOptions([right, when])[0]).toBe(right);
	});

	it('keeps an option that only names another answer without stating its fact', () => {
		const options = ['The harbour reopened', 'A memorial for 1953 opened', 'A mayor', 'A port'];
		const kept = summary(options, 0);
		expect(withoutLeakingOptions([kept, when])[0]).toBe(kept);
	});
});

describe('a summary option quoting a sentence another question asks about', () => {
	it('is swapped for a spare from a sentence no question asks about', () => {
		const options = ['The port closed', 'Fishermen protested at the gates', 'A', 'B'];
		const main = summary(options, 0);
		main.wrongOptions = [
			{ text: 'Fishermen protested at the gates', sentenceId: 'p4s1' },
			{ text: 'Spare', sentenceId: 'p6s1' }
		];
		const gap: Scored = {
			...when,
			question: { ...when.question, id: 'gap', sentenceIds: ['p4s1'] }
		};
		const question = withoutLeakingOptions([main, gap])[0]!.question as Extract<
			Question,
			{ type: 'single-choice' }
		>;
		expect(question.options).toEqual(['The port closed', 'Spare', 'A', 'B']);
	});
});

describe('givenAwayBySummary', () => {
	it('names a question a summary’s wrong option still quotes after every swap, and no other', () => {
		const options = ['The port closed', 'Fishermen protested at the gates', 'A ferry sank'];
		const main = summary(options, 0);
		main.question = { ...main.question, skill: 'main-idea' };
		main.wrongOptions = [{ text: 'Fishermen protested at the gates', sentenceId: 'p4s1' }];
		const gap: Scored = {
			...when,
			question: { ...when.question, id: 'gap', sentenceIds: ['p4s1'] }
		};
		const elsewhere: Scored = {
			...when,
			question: { ...when.question, id: 'other', sentenceIds: ['p9s1'] }
		};
		expect([...givenAwayBySummary([main, gap, elsewhere])]).toEqual([gap]);
		// A word's meaning in that sentence is not given away by the sentence.
		const word: Scored = {
			...when,
			question: { ...when.question, id: 'word', skill: 'vocabulary', sentenceIds: ['p4s1'] }
		};
		expect([...givenAwayBySummary([main, word])]).toEqual([]);
	});

	it('names the summary itself when it gives away two questions, so both stay', () => {
		const options = ['The port closed', 'Fishermen protested at the gates', 'A ferry sank'];
		const main = summary(options, 0);
		main.question = { ...main.question, skill: 'main-idea' };
		main.wrongOptions = [
			{ text: 'Fishermen protested at the gates', sentenceId: 'p4s1' },
			{ text: 'A ferry sank', sentenceId: 'p6s1' }
		];
		const on = (id: string, sentence: string): Scored => ({
			...when,
			question: { ...when.question, id, sentenceIds: [sentence] }
		});
		expect([...givenAwayBySummary([main, on('a', 'p4s1'), on('b', 'p6s1')])]).toEqual([main]);
	});
});
