import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { generateQuestions } from '../../reading/generate';
import {
	DIFFICULTIES,
	QUESTION_TYPES,
	QuestionSchema,
	SKILLS,
	type Question,
	type Skill
} from '../../quiz/question/schema';
import { derivedQuestionId } from './share-v3-derive';
import { questionFromWire, wireQuestion, type SentenceLookup } from './share-v3-question';
import { lookupIn, WireQuestionSchema, type WireQuestion } from './share-v3-wire';
import { everyQuestionType, SENTENCES } from './test-factories';

const cited: SentenceLookup = lookupIn([
	[SENTENCES.p1s1, SENTENCES.p1s2],
	[SENTENCES.p2s1, SENTENCES.p2s2, SENTENCES.p2s3]
]);

/** A question through the wire and back, as `QuestionSchema` then keeps it. */
function roundTrip(question: Question, lookup: SentenceLookup | null = cited) {
	const wire = v.parse(
		WireQuestionSchema,
		JSON.parse(JSON.stringify(wireQuestion(question, lookup)))
	);
	const back = questionFromWire(wire, lookup, 0);
	return back.ok ? v.parse(QuestionSchema, back.value) : back;
}
const extrasOf = (question: Question, lookup: SentenceLookup | null = cited) => {
	const wire = wireQuestion(question, lookup);
	const last = wire.at(-1);
	return typeof last === 'object' && last !== null && !Array.isArray(last) ? last : {};
};
/** A question as the generator writes it: content-derived id, quoted evidence. */
const generated = <Q extends Question>(question: Q): Q => ({
	...question,
	origin: 'generated',
	id: derivedQuestionId(question.type, question.answerText, question.prompt, question.sentenceIds)
});
const wireOf = (...slots: unknown[]) => v.parse(WireQuestionSchema, slots) as WireQuestion;

describe('format-3 questions', () => {
	it.each(everyQuestionType().map((q) => [q.type, q] as const))(
		'give a %s question back exactly',
		(_, question) => {
			expect(roundTrip(question)).toEqual(question);
		}
	);

	it.each(everyQuestionType().map((q) => [q.type, q] as const))(
		'give a %s question back exactly with a bundled article',
		(_, question) => {
			expect(roundTrip(question, null)).toEqual(question);
		}
	);

	it('have a code for every type, skill and difficulty the question schema knows', () => {
		const byType = new Map(everyQuestionType().map((q) => [q.type, q]));
		for (const type of QUESTION_TYPES) {
			for (const skill of SKILLS) {
				for (const difficulty of DIFFICULTIES) {
					const question = { ...byType.get(type), skill, difficulty } as Question;

					expect(extrasOf(question)).not.toHaveProperty('k');
					expect(roundTrip(question)).toEqual(question);
				}
			}
		}
	});

	it('leave out the id of a generated question and derive it again', () => {
		const question = generated(
			make.trueFalse({ sentenceIds: ['p1s2'], evidence: [SENTENCES.p1s2] })
		);

		expect(extrasOf(question)).toEqual({});
		expect(roundTrip(question)).toEqual(question);
	});

	it('derive the very ids the question generator gives', () => {
		const text = `Floods hit the town of Riverton on Monday. More than 2,000 people left their homes.\n\nThe river rose by three metres in one night, officials said. Schools were closed for a week.\n\nThe mayor said the town would rebuild the old bridge by next spring.`;
		const questions = generateQuestions(text);

		expect(questions.length).toBeGreaterThan(0);
		for (const question of questions) {
			expect(
				derivedQuestionId(question.type, question.answerText, question.prompt, question.sentenceIds)
			).toBe(question.id);
		}
	});

	it('leave out an answer text written as the builder writes it, and keep any other', () => {
		const usual = make.numeric({ answer: 3, unit: '%', answerText: '3%' });
		const unusual = make.numeric({ answer: 2500, unit: 'soldiers', answerText: '2,500 soldiers' });

		expect(extrasOf(usual)).not.toHaveProperty('t');
		expect(extrasOf(unusual)).toMatchObject({ t: '2,500 soldiers' });
		expect(roundTrip(unusual)).toEqual(unusual);
	});

	it('write an explanation quoting the evidence as 1', () => {
		const question = make.singleChoice({
			evidence: [SENTENCES.p1s1],
			sentenceIds: ['p1s1'],
			explanation: `The article says: “${SENTENCES.p1s1}”`
		});

		expect(wireQuestion(question, cited)[3]).toBe(1);
		expect(roundTrip(question)).toEqual(question);
	});

	it.each([
		['a gap prompt as 1', 'Gas flows from _____ to China.', 1],
		[
			'a "choose the answer" gap prompt as 2',
			'Choose the answer that fills the gap: Gas flows from _____ to China.',
			2
		],
		[
			'any other prompt as written',
			'Gas flows from _____ to India.',
			'Gas flows from _____ to India.'
		]
	])('write %s', (_, prompt, slot) => {
		const question = make.cloze({ prompt, evidence: [SENTENCES.p1s1], sentenceIds: ['p1s1'] });

		expect(wireQuestion(question, cited)[1]).toBe(slot);
		expect(roundTrip(question)).toEqual(question);
	});

	it('carry evidence the cited sentences do not give back', () => {
		const question = make.shortAnswer({ evidence: ['Quoted from memory.'], sentenceIds: ['p1s1'] });

		expect(extrasOf(question)).toMatchObject({ e: ['Quoted from memory.'] });
		expect(roundTrip(question)).toEqual(question);
	});

	it('carry evidence with a bundled article, where no split travels, unless there is none', () => {
		const cites = make.cloze({ evidence: [SENTENCES.p1s1], sentenceIds: ['p1s1'] });
		const none = make.cloze({ evidence: [], sentenceIds: [] });

		expect(extrasOf(cites, null)).toMatchObject({ e: [SENTENCES.p1s1] });
		expect(extrasOf(none, null)).not.toHaveProperty('e');
	});

	it('carry sentence ids of another form as written', () => {
		const question = make.ordering({ sentenceIds: ['intro', 'p2s1'], evidence: ['A.', 'B.'] });

		expect(extrasOf(question)).toMatchObject({ s: ['intro', 'p2s1'] });
		expect(roundTrip(question)).toEqual(question);
	});

	it('carry a skill format 3 does not list by name', () => {
		const question = make.shortAnswer({ skill: 'inference' as Skill });

		const back = questionFromWire(wireOf(...wireQuestion(question, cited)), cited, 0);

		expect(extrasOf(question)).toMatchObject({ k: 'inference' });
		expect(back.ok && back.value.skill).toBe('inference');
	});
});

describe('format-3 question errors', () => {
	it.each([
		[
			'a tolerance on a choice question',
			wireOf(0, 'Q?', [], 0, ['A', 'B'], 0, { z: 1 }),
			'questions.0.tolerance'
		],
		[
			'option feedback on a cloze question',
			wireOf(5, 'A _____.', [], 0, ['x'], 0, { f: [null] }),
			'questions.0.optionFeedback'
		],
		[
			'a second answer slot on an ordering question',
			wireOf(6, 'Q?', [], 0, ['a', 'b', 'c'], ['d']),
			'questions.0.answer'
		],
		['skill 7 without its name', wireOf(7 + 8 * 7, 'Q?', [], 0, ['a', 'b']), 'questions.0.skill'],
		['options that are not text', wireOf(0, 'Q?', [], 0, [1, 2], 0), 'questions.0.options.0'],
		[
			'an odd number of matching sides',
			wireOf(7, 'Q?', [], 0, ['a', 'b', 'c']),
			'questions.0.pairs'
		],
		['a cited sentence the article lacks', wireOf(2, 'Q?', [9, 1], 0, 1), 'names sentence "p9s1"'],
		[
			'a gap prompt whose answer is not in the evidence',
			wireOf(5, 1, [1, 2], 0, ['Russia']),
			'questions.0.prompt'
		]
	])('name the field for %s', (_, wire, message) => {
		const result = questionFromWire(wire, cited, 0);

		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.errors.join('\n')).toContain(message);
	});
});
