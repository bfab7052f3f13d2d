import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import type { Question } from '../../quiz/question/schema';
import { withAnswerText } from './answer-text';
import { checkQuestion } from './check-question';
import { candidateOf, formOf } from './question-form';

const roundTrip = (question: Question) => candidateOf(formOf(question));

describe('formOf and candidateOf', () => {
	it.each([
		make.singleChoice({ optionFeedback: [null, 'It is further east.', null] }),
		make.multipleChoice(),
		make.trueFalse({ answer: false, answerText: 'False' }),
		make.numeric({ answer: 2.5, unit: 'km', tolerance: 0.1 }),
		make.shortAnswer({ accepted: ['LPG', 'liquefied petroleum gas'], rejected: ['oil'] }),
		make.cloze(),
		make.ordering(),
		make.matching({ explanation: 'From the map.' })
	])('give back the same $type question when nothing is edited', (question) => {
		expect(roundTrip(question)).toEqual(question);
	});

	it('drops an explanation left blank', () => {
		const form = { ...formOf(make.shortAnswer({ explanation: 'Old' })), explanation: '  ' };
		expect(candidateOf(form)).not.toHaveProperty('explanation');
	});

	it('reads numbers and units from the typed text', () => {
		const form = { ...formOf(make.numeric()), answer: ' 3.5 ', unit: ' % ', tolerance: '' };
		expect(candidateOf(form)).toMatchObject({ answer: 3.5, unit: '%', tolerance: 0 });
	});

	it('leaves out a unit that is blank', () => {
		expect(candidateOf({ ...formOf(make.numeric()), unit: ' ' })).not.toHaveProperty('unit');
	});

	it('turns an empty or non-numeric answer into a problem, never into 0', () => {
		for (const answer of ['', 'three', '2,500', 'Infinity']) {
			const result = checkQuestion(candidateOf({ ...formOf(make.numeric()), answer }));
			expect(result.ok ? [] : result.errors).toEqual(['Answer: must be a number']);
		}
	});

	it('reads one accepted answer a line, ignoring blank lines', () => {
		const form = { ...formOf(make.shortAnswer()), accepted: 'Russia\n\nRussian Federation\n' };
		expect(candidateOf(form)).toMatchObject({ accepted: ['Russia', 'Russian Federation'] });
	});

	it('reads matching pairs written "left = right"', () => {
		const form = { ...formOf(make.matching()), pairs: 'Peru = Lima\nChile = Santiago' };
		expect(candidateOf(form)).toMatchObject({
			pairs: [
				{ left: 'Peru', right: 'Lima' },
				{ left: 'Chile', right: 'Santiago' }
			]
		});
	});

	it('gives a single-choice question with no option marked correct an index the schema rejects', () => {
		const form = { ...formOf(make.singleChoice()), correct: [] };
		const result = checkQuestion(withAnswerText(candidateOf(form)));
		expect(result.ok ? [] : result.errors).toEqual(['Correct option: choose the correct option']);
	});

	it('keeps id, type, evidence and origin of the question being edited', () => {
		const question = make.ordering({ id: 'q-7', evidence: ['A sentence.'], sentenceIds: ['p1s1'] });
		const edited = candidateOf({ ...formOf(question), prompt: 'New order?' });
		expect(edited).toMatchObject({
			id: 'q-7',
			type: 'ordering',
			evidence: ['A sentence.'],
			sentenceIds: ['p1s1'],
			origin: 'authored',
			prompt: 'New order?'
		});
	});
});
