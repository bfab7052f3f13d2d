import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import type { Question } from '../../quiz/question/schema';
import { giftBlock } from './gift-question';

/** The block a question is written as; fails the test when it is skipped instead. */
function blockOf(question: Question): string {
	const result = giftBlock(question);
	if (!('block' in result)) throw new Error(`skipped: ${result.skip}`);
	return result.block;
}

describe('giftBlock, one block per question type', () => {
	it('writes a single-choice question as {=right ~wrong} with option feedback after #', () => {
		const question = make.singleChoice({
			id: 'q1',
			prompt: 'Where does the gas come from?',
			optionFeedback: [null, 'China buys the gas.', ''],
			explanation: 'The first paragraph says so.'
		});

		expect(blockOf(question)).toBe(
			'::q1:: Where does the gas come from? {=Russia ~China#China buys the gas. ~India ####The first paragraph says so.}'
		);
	});

	it('weights a multiple-answer question 100/n % per right option and −100/n % per wrong one', () => {
		const question = make.multipleChoice({ id: 'q2', prompt: 'Which countries?' });

		expect(blockOf(question)).toBe(
			'::q2:: Which countries? {~%33.33333%Russia ~%-33.33333%China ~%33.33333%India ~%33.33333%Kazakhstan}'
		);
	});

	it('keeps a multiple-answer question with one right option a tick-box question (no =)', () => {
		const question = make.multipleChoice({ id: 'q2', correctIndexes: [1, 1] });

		expect(blockOf(question)).toBe(
			'::q2:: Question? {~%-100%Russia ~%100%China ~%-100%India ~%-100%Kazakhstan}'
		);
	});

	it('writes true/false as {T} or {F}, the explanation as general feedback', () => {
		expect(blockOf(make.trueFalse({ id: 'q3', prompt: 'Gas flows east.' }))).toBe(
			'::q3:: Gas flows east. {T}'
		);
		expect(
			blockOf(make.trueFalse({ id: 'q3', answer: false, explanation: 'It flows west.' }))
		).toBe('::q3:: Question? {F ####It flows west.}');
	});

	it('writes a numeric question as {#answer:tolerance} and moves the unit into the text', () => {
		expect(blockOf(make.numeric({ id: 'q4', answer: 2.5, tolerance: 0.5, unit: '%' }))).toBe(
			'::q4:: Question? (in %) {#2.5:0.5}'
		);
		expect(blockOf(make.numeric({ id: 'q4', answer: -40, unit: undefined }))).toBe(
			'::q4:: Question? {#-40}'
		);
	});

	it('writes every accepted short answer with =, escaping the * wildcard', () => {
		const question = make.shortAnswer({ id: 'q5', accepted: ['Russia', 'the RF', 'R*'] });

		expect(blockOf(question)).toBe('::q5:: Question? {=Russia =the RF =R\\*}');
	});

	it('puts the answers of a cloze question where the gap is (missing-word format)', () => {
		const question = make.cloze({ id: 'q6', accepted: ['Russia', 'the RF'] });

		expect(blockOf(question)).toBe('::q6:: The pipeline runs from {=Russia =the RF} to China.');
	});

	it('keeps the written blank when the gap ends the text, since Moodle draws none there', () => {
		const question = make.cloze({ id: 'q6', prompt: 'The gas comes from _____' });

		expect(blockOf(question)).toBe('::q6:: The gas comes from _____ {=Russia}');
	});

	it('writes a matching question as {=left -> right}', () => {
		expect(blockOf(make.matching({ id: 'q7' }))).toBe(
			'::q7:: Question? {=Russia -> Moscow =China -> Beijing =India -> New Delhi}'
		);
	});
});

describe('giftBlock, escaping and line breaks', () => {
	it('escapes { = ~ # : } in the name, the text, the answers and the feedback', () => {
		const question = make.singleChoice({
			id: 'q1',
			prompt: 'In {x = ~y}, is #1: true?',
			options: ['a=b', '{c}', 'd~e:f#'],
			optionFeedback: [null, 'Not {c}: #2', null],
			explanation: 'x = ~y'
		});

		expect(blockOf(question)).toBe(
			'::q1:: In \\{x \\= \\~y\\}, is \\#1\\: true? {=a\\=b ~\\{c\\}#Not \\{c\\}\\: \\#2 ~d\\~e\\:f\\# ####x \\= \\~y}'
		);
	});

	it('keeps a multi-line text on one line and puts answers on one line', () => {
		const question = make.singleChoice({
			id: 'q1',
			prompt: 'First line.\n\nSecond line?',
			options: ['New\nDelhi', 'Mos\r\ncow']
		});

		expect(blockOf(question)).toBe('::q1:: First line.\\n\\nSecond line? {=New Delhi ~Mos cow}');
	});

	it('gives a wrong option that starts like a weight an explicit 0 % weight', () => {
		const question = make.singleChoice({ id: 'q1', options: ['Half', '%50% of them'] });

		expect(blockOf(question)).toBe('::q1:: Question? {=Half ~%0%%50% of them}');
	});
});
