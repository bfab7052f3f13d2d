import fc from 'fast-check';
import * as v from 'valibot';
import { describe, it } from 'vitest';
import { GradeSchema, type Response } from '../question/response';
import type { Question } from '../question/schema';
import { gradeResponse } from './grade-response';
import { normalizeAnswer } from './normalize-answer';
import * as make from '../question/test-factories';

/** Any number a stored response could hold: out of range, negative, fractional, NaN, ±Infinity. */
const anyIndex = fc.oneof(fc.integer({ min: -5, max: 10 }), fc.integer(), fc.double());
/** Arbitrary text, including astral characters, combining marks and lone surrogates. */
const anyText = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary' }),
	fc.string({ unit: fc.constantFrom('3', ',', '.', ' ', '-', 'three', 'the', 'Russia', '%') })
);

const questions: Question[] = [
	make.singleChoice({ optionFeedback: ['a', null, 'c'], explanation: 'why' }),
	make.multipleChoice(),
	make.trueFalse(),
	make.numeric({ tolerance: 0.5 }),
	make.numeric({ unit: 'million people', answer: 2.5 }),
	make.shortAnswer({ accepted: ['Russia', 'RF', '20,000'] }),
	make.cloze(),
	make.ordering(),
	make.matching()
];

function anyResponseFor(question: Question): fc.Arbitrary<Response> {
	switch (question.type) {
		case 'single-choice':
			return fc.record({
				type: fc.constant(question.type),
				selected: fc.option(anyIndex, { nil: null })
			});
		case 'multiple-choice':
			return fc.record({ type: fc.constant(question.type), selected: fc.array(anyIndex) });
		case 'true-false':
			return fc.record({
				type: fc.constant(question.type),
				selected: fc.option(fc.boolean(), { nil: null })
			});
		case 'numeric':
		case 'short-answer':
		case 'cloze':
			return fc.record({ type: fc.constant(question.type), text: anyText });
		case 'ordering':
			return fc.record({
				type: fc.constant(question.type),
				order: fc.oneof(
					fc.array(anyIndex),
					fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 })
				)
			});
		case 'matching':
			return fc.record({
				type: fc.constant(question.type),
				matches: fc.array(fc.option(anyIndex, { nil: null }), { maxLength: 5 })
			});
	}
}

describe('gradeResponse, for arbitrary responses', () => {
	it.each(questions.map((q) => [q.type, q] as const))(
		'never throws and always returns a valid Grade for a %s question',
		(_, question) => {
			fc.assert(
				fc.property(anyResponseFor(question), (response) => {
					const grade = gradeResponse(question, response);

					return (
						v.is(GradeSchema, grade) &&
						(grade.kind !== 'scored' || grade.correct === (grade.score === 1))
					);
				}),
				{ numRuns: 300 }
			);
		}
	);

	it('refuses every response meant for another type of question', () => {
		const pairs = fc
			.tuple(fc.constantFrom(...questions), fc.constantFrom(...questions))
			.filter(([a, b]) => a.type !== b.type)
			.chain(([question, other]) => fc.tuple(fc.constant(question), anyResponseFor(other)));

		fc.assert(
			fc.property(
				pairs,
				([question, response]) => gradeResponse(question, response).kind === 'invalid'
			)
		);
	});

	it('accepts any accepted answer, however it is cased and spaced', () => {
		const answer = fc.string({ minLength: 1 }).filter((text) => normalizeAnswer(text) !== '');

		fc.assert(
			fc.property(answer, fc.boolean(), (accepted, upper) => {
				const question = make.cloze({ accepted: [accepted], rejected: [] });
				const text = `  ${upper ? accepted.toUpperCase() : accepted}  `;

				const grade = gradeResponse(question, { type: 'cloze', text });

				return grade.kind === 'scored' && grade.correct;
			})
		);
	});

	it('never accepts a rejected answer that is not also accepted', () => {
		const rejected = fc.string({ minLength: 1 }).filter((text) => normalizeAnswer(text) !== '');

		fc.assert(
			fc.property(rejected, (text) => {
				fc.pre(normalizeAnswer(text) !== 'russia');
				const question = make.cloze({ accepted: ['Russia'], rejected: [text] });

				const grade = gradeResponse(question, { type: 'cloze', text });

				return grade.kind === 'scored' && !grade.correct;
			})
		);
	});

	it('scores every permutation of an ordering between 0 and 1, and only the right one as 1', () => {
		const question = make.ordering({
			items: ['a', 'b', 'c', 'd', 'e'],
			answerText: 'a; b; c; d; e'
		});
		const permutation = fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 });

		fc.assert(
			fc.property(permutation, (order) => {
				const grade = gradeResponse(question, { type: 'ordering', order });
				const identity = order.every((item, position) => item === position);

				return grade.kind === 'scored' && grade.correct === identity;
			})
		);
	});
});
