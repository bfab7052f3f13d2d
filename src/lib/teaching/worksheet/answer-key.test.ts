import { describe, expect, it } from 'vitest';
import { segmentBody } from '../../reading/article/segment';
import * as make from '../../quiz/question/test-factories';
import { keyEntry } from './answer-key';
import { evidenceIndex } from './evidence-paragraphs';

const index = evidenceIndex(
	segmentBody(['Talks began in May.', 'A deal was signed.', 'Gas started to flow.'].join('\n\n'))
);

describe('keyEntry', () => {
	it('gives a single-choice answer as its letter and text, with its paragraph', () => {
		const entry = keyEntry(make.singleChoice({ correctIndex: 1, sentenceIds: ['p2s1'] }), 3, index);
		expect(entry).toEqual({
			number: 3,
			questionId: 'single',
			answer: 'B. China',
			detail: '',
			paragraphs: [2]
		});
	});

	it('lists every right option of a multiple-choice question in letter order', () => {
		const entry = keyEntry(make.multipleChoice({ correctIndexes: [3, 0] }), 1, index);
		expect(entry.answer).toBe('A. Russia; D. Kazakhstan');
	});

	it('gives true or false', () => {
		expect(keyEntry(make.trueFalse({ answer: false }), 1, index).answer).toBe('False');
		expect(keyEntry(make.trueFalse({ answer: true }), 1, index).answer).toBe('True');
	});

	it('gives a number with its unit and the range accepted within the tolerance', () => {
		const entry = keyEntry(
			make.numeric({ answer: 2500, unit: 'soldiers', tolerance: 100 }),
			1,
			index
		);
		expect(entry.answer).toBe('2,500 soldiers');
		expect(entry.detail).toBe('Accept 2,400 soldiers to 2,600 soldiers.');
		expect(keyEntry(make.numeric({ answer: 3, unit: '%' }), 1, index)).toMatchObject({
			answer: '3%',
			detail: ''
		});
	});

	it('gives a short answer with the other accepted answers, each once', () => {
		const question = make.shortAnswer({
			answerText: 'Liquefied petroleum gas (LPG)',
			accepted: ['liquefied petroleum gas (LPG)', 'LPG', 'lpg', 'petroleum gas']
		});
		expect(keyEntry(question, 1, index)).toMatchObject({
			answer: 'Liquefied petroleum gas (LPG)',
			detail: 'Also accept: LPG; petroleum gas.'
		});
	});

	it('gives the missing words of a cloze question', () => {
		expect(keyEntry(make.cloze(), 1, index)).toMatchObject({ answer: 'Russia', detail: '' });
	});

	it('gives the position to write in each lettered box of an ordering question', () => {
		// Printed as A Second, B Third, C First.
		const question = make.ordering({ id: 'ordering', items: ['First', 'Second', 'Third'] });
		expect(keyEntry(question, 1, index)).toMatchObject({
			answer: 'A: 2, B: 3, C: 1',
			detail: 'In order: C, A, B (First → Second → Third)'
		});
	});

	it('gives the letter to write beside each number of a matching question', () => {
		// Right side printed as A Beijing, B New Delhi, C Moscow.
		expect(keyEntry(make.matching({ id: 'matching' }), 1, index)).toMatchObject({
			answer: '1: C, 2: A, 3: B',
			detail: 'Russia – Moscow; China – Beijing; India – New Delhi'
		});
	});

	it('gives no paragraph for a question without evidence', () => {
		const entry = keyEntry(make.shortAnswer({ evidence: [], sentenceIds: [] }), 1, index);
		expect(entry.paragraphs).toEqual([]);
	});
});
