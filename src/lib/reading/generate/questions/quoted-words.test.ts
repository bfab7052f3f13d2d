import { describe, expect, it } from 'vitest';
import { analyzed, PADDING } from '../../../../../tests/unit/generate/helpers';
import { quotedWordsQuestions } from './quoted-words';

describe('quotedWordsQuestions', () => {
	it('gaps the words a sentence quotes', () => {
		const article = analyzed(
			'The senator called the decision “extraordinary and insubordinate” on Monday.',
			'Critics described the plan as “a reckless gamble” in a statement.',
			'The mayor said the move was “deeply unfair” to residents.',
			...PADDING
		);
		expect(
			quotedWordsQuestions(article).map((c) => [c.draft.type, c.draft.prompt, c.draft.answerText])
		).toEqual([
			[
				'cloze',
				'The senator called the decision “_____” on Monday.',
				'extraordinary and insubordinate'
			],
			['cloze', 'Critics described the plan as “_____” in a statement.', 'a reckless gamble'],
			['cloze', 'The mayor said the move was “_____” to residents.', 'deeply unfair']
		]);
	});

	it('asks a long quotation only with options: typed, it is recalled word for word', () => {
		const article = analyzed(
			'The report said the delay “cast a cloud over the whole harbour inquiry” last year.',
			...PADDING
		);
		expect(quotedWordsQuestions(article)).toEqual([]);
	});

	it('accepts the judgement without the verb the quotation starts with', () => {
		const article = analyzed(
			'The report said the chief’s move “was extraordinary and insubordinate” in its findings.',
			...PADDING
		);
		const [gap] = quotedWordsQuestions(article).map((c) => c.draft);
		expect(gap?.type === 'cloze' && gap.accepted).toEqual([
			'was extraordinary and insubordinate',
			'extraordinary and insubordinate'
		]);
	});

	it('keys each question by its sentence', () => {
		const article = analyzed(
			'The mayor said the move was “deeply unfair” to residents.',
			...PADDING
		);
		expect(quotedWordsQuestions(article).map((c) => c.factKey)).toEqual([
			expect.stringMatching(/^quoted:p1s1:\d+$/)
		]);
	});

	it.each([
		['no quotation', 'The mayor said the move was unfair to residents.'],
		['a whole quoted sentence', '“We will rebuild the town,” the mayor said.']
	])('asks nothing for %s', (_, sentence) => {
		expect(quotedWordsQuestions(analyzed(sentence, ...PADDING))).toEqual([]);
	});
});
