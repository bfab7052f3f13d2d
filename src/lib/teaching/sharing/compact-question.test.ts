import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as make from '../../quiz/question/test-factories';
import { QuestionSchema } from '../../quiz/question/schema';
import { compactQuestion, expandQuestion, sentenceTextsOf } from './compact-question';
import { BODY, SENTENCES, everyQuestionType } from './test-factories';

const sentences = sentenceTextsOf(BODY);
/** Through JSON as a link carries it, then back. */
const roundTrip = (question: ReturnType<typeof everyQuestionType>[number]) => {
	const carried = JSON.parse(JSON.stringify(compactQuestion(question, sentences)));
	const expanded = expandQuestion(carried, sentences, 0);
	return expanded.ok ? v.parse(QuestionSchema, expanded.value) : expanded;
};

describe('compact questions', () => {
	it('numbers the test article as the factories expect', () => {
		expect(Object.fromEntries(sentences)).toEqual(SENTENCES);
	});

	it.each(everyQuestionType().map((q) => [q.id, q] as const))(
		'restores the %s question exactly',
		(_, question) => {
			expect(roundTrip(question)).toEqual(question);
		}
	);

	it('leaves out evidence that repeats the cited sentences and restores it', () => {
		const question = make.shortAnswer({
			sentenceIds: ['p2s1', 'p2s2'],
			evidence: [SENTENCES.p2s1, SENTENCES.p2s2]
		});

		expect(compactQuestion(question, sentences)).not.toHaveProperty('evidence');
		expect(roundTrip(question)).toEqual(question);
	});

	it('keeps evidence that differs from the cited sentences, even in order', () => {
		const question = make.shortAnswer({
			sentenceIds: ['p2s1', 'p2s2'],
			evidence: [SENTENCES.p2s2, SENTENCES.p2s1]
		});

		expect(compactQuestion(question, sentences).evidence).toEqual(question.evidence);
	});

	it('leaves out fields equal to their defaults and restores them', () => {
		const questions = [
			make.trueFalse({ origin: 'generated' }),
			make.numeric({ tolerance: 0 }),
			make.cloze({ rejected: [], sentenceIds: [] })
		];

		const compact = questions.map((q) => compactQuestion(q, sentences));

		expect(compact[0]).not.toHaveProperty('options');
		expect(compact[0]).not.toHaveProperty('origin');
		expect(compact[1]).not.toHaveProperty('tolerance');
		expect(compact[1]).not.toHaveProperty('difficulty');
		expect(compact[2]).not.toHaveProperty('rejected');
		expect(compact[2]).not.toHaveProperty('sentenceIds');
		expect(questions.map(roundTrip)).toEqual(questions);
	});

	it('keeps fields that differ from their defaults', () => {
		const compact = compactQuestion(
			make.numeric({ tolerance: 0.5, difficulty: 'easy', origin: 'authored' }),
			sentences
		);

		expect(compact).toMatchObject({ tolerance: 0.5, difficulty: 'easy', origin: 'authored' });
	});

	it('names a cited sentence the article does not have', () => {
		const expanded = expandQuestion({ type: 'cloze', sentenceIds: ['p9s1'] }, sentences, 3);

		expect(expanded).toEqual({
			ok: false,
			errors: ['questions.3.sentenceIds: names sentence "p9s1", which the article does not have']
		});
	});

	it('restores no evidence while the article is not known', () => {
		const expanded = expandQuestion({ type: 'cloze', sentenceIds: ['p9s1'] }, null, 0);

		expect(expanded).toMatchObject({ ok: true, value: { evidence: [], sentenceIds: ['p9s1'] } });
	});
});
