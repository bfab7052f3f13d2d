import { describe, expect, it } from 'vitest';
import { analyzed } from '../../../../../tests/unit/generate/helpers';
import { splitClauses } from '../analyze/clauses';
import { bareOf, clauseKey, phraseAnswer, wholeSubject } from './clause-parts';

describe('wholeSubject', () => {
	it.each([
		['The budget deal passed.', 'The budget deal', true],
		['On Monday, police arrested him.', 'police', true],
		["The Senate's two-year budget deal passed.", "The Senate's two year budget deal", true],
		['Chad, another predominantly Muslim nation, was dropped.', 'Muslim nation', false]
	])('in %j the subject “%s” is whole: %s', (text, subjectText, expected) => {
		const sentence = analyzed(text).sentences[0]!;
		const { subject } = splitClauses(sentence)[0]!;
		const words = sentence.terms.slice(subject!.from, subject!.to).map((t) => t.text);
		expect(words.join(' ')).toBe(subjectText);
		expect(wholeSubject(sentence, subject!)).toBe(expected);
	});

	it('is whole after the day of a report: "said Friday the harbour report was wrong"', () => {
		const sentence = analyzed('The mayor said Friday the harbour report was wrong.').sentences[0]!;
		const reported = splitClauses(sentence).find((c) => c.kind === 'reported')!;
		const words = sentence.terms.slice(reported.subject!.from, reported.subject!.to);
		expect(words.map((t) => t.text).join(' ')).toBe('the harbour report');
		expect(wholeSubject(sentence, reported.subject!)).toBe(true);
	});

	it('is not whole when it is the last of joined names', () => {
		const sentence = analyzed('Harris and Cory Booker joined the call.').sentences[0]!;
		const booker = sentence.terms.findIndex((t) => t.text === 'Cory');
		expect(wholeSubject(sentence, { from: booker, to: booker + 2 })).toBe(false);
	});
});

describe('bareOf', () => {
	it.each([
		['the latest pay offer', 'latest pay offer'],
		['A bill', 'bill'],
		['Their plan', 'plan'],
		['plan', 'plan'],
		['theatre tickets', 'theatre tickets'],
		['', '']
	])('drops the determiner of %j: %j', (phrase, expected) => {
		expect(bareOf(phrase)).toBe(expected);
	});
});

describe('clauseKey', () => {
	it('keys each clause by its sentence and start', () => {
		const sentence = analyzed('Prices rose and wages fell.').sentences[0]!;
		expect(splitClauses(sentence).map(clauseKey)).toEqual(['clause:p1s1:0', 'clause:p1s1:12']);
	});
});

describe('phraseAnswer', () => {
	const sentence = analyzed('The council approved a temporary spending measure.').sentences[0]!;
	const asked = { skill: 'detail', kind: 'event', score: 7, factKey: 'k' } as const;

	it('accepts the phrase with and without its determiner, and its last two words', () => {
		const [question] = phraseAnswer(
			'What did the council approve?',
			sentence,
			'a temporary spending measure',
			asked
		);
		expect(question).toMatchObject({
			factKey: 'k',
			kind: 'event',
			answer: 'temporary spending measure',
			draft: {
				type: 'short-answer',
				prompt: 'What did the council approve?',
				answerText: 'temporary spending measure',
				accepted: [
					'temporary spending measure',
					'a temporary spending measure',
					'spending measure'
				],
				evidence: ['The council approved a temporary spending measure.'],
				sentenceIds: ['p1s1']
			}
		});
	});

	it('never accepts a form the prompt already shows', () => {
		const [question] = phraseAnswer(
			'What kind of spending measure did the council approve?',
			sentence,
			'a temporary spending measure',
			asked
		);
		expect(question?.draft).toMatchObject({
			accepted: ['temporary spending measure', 'a temporary spending measure']
		});
	});
});
