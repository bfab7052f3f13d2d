import { describe, expect, it } from 'vitest';
import { scoredGrade } from '../../quiz/grade/scored-grade';
import type { Grade, Response } from '../../quiz/question/response';
import { SKILLS, type Question } from '../../quiz/question/schema';
import { buildAttempt } from './build-attempt';
import { readStored } from './read-stored';
import { recordAttempt } from './record-attempt';
import { emptyState } from './state';
import { encodeAttempt, encodeProgress } from './stored-progress';
import { T0 } from './testing/factories';

/** A 20-question quiz as students answer it: every kind of answer, feedback as the grader writes it. */
function twentyQuestionQuiz() {
	const questions = Array.from({ length: 20 }, (_, i) => ({
		id: `q-${(0x1a2b3c4d + i * 7919).toString(16)}`,
		skill: SKILLS[i % SKILLS.length]!
	}));
	const responses: Response[] = [
		{ type: 'single-choice', selected: 2 },
		{ type: 'short-answer', text: 'liquefied petroleum gas' },
		{ type: 'multiple-choice', selected: [0, 3] },
		{ type: 'ordering', order: [2, 0, 1, 3] },
		{ type: 'matching', matches: [1, 0, 2, null] },
		{ type: 'numeric', text: '2,500' },
		{ type: 'true-false', selected: false },
		{ type: 'cloze', text: 'Almaty' }
	];
	const question = { answerText: 'Russia sent about 2,500 troops under the CSTO.' } as Question;
	const grade = (i: number): Grade =>
		scoredGrade(
			question,
			i % 3 === 0 ? 0 : 1,
			i % 3 === 0 ? 'Not quite: look again at paragraph 4.' : 'Correct.',
			'Paragraph 4 says Russia sent the largest contingent of the CSTO force.'
		);
	return buildAttempt({
		id: '3b6f0c2e-8d1a-4f5b-9c7e-2d4a6b8c0e1f',
		moduleSlug: 'kazakhstan-2022',
		kind: 'quiz',
		questions,
		responses: Object.fromEntries(
			questions.map((q, i) => [q.id, responses[i % responses.length]!])
		),
		grades: Object.fromEntries(questions.map((q, i) => [q.id, grade(i)])),
		startedAt: new Date(T0.getTime() - 600_000),
		finishedAt: T0
	});
}

describe('stored progress', () => {
	it('keeps a 20-question attempt within 2,500 characters', () => {
		expect(JSON.stringify(encodeAttempt(twentyQuestionQuiz())).length).toBeLessThanOrEqual(2_500);
	});

	it('reads back every kind of answer and grade exactly', () => {
		const state = recordAttempt(emptyState(), twentyQuestionQuiz(), T0);

		expect(readStored(JSON.stringify(encodeProgress(state)))).toEqual({
			kind: 'ok',
			state,
			skipped: []
		});
	});

	it('writes unanswered and ungradable answers as "u" and "i", and a response only when given', () => {
		const attempt = buildAttempt({
			id: 'a1',
			moduleSlug: 'm',
			kind: 'quiz',
			questions: [
				{ id: 'blank', skill: 'detail' },
				{ id: 'abc', skill: 'number' }
			],
			responses: { abc: { type: 'numeric', text: 'abc' } },
			grades: { abc: { kind: 'invalid', message: 'Type a number' } },
			startedAt: T0,
			finishedAt: T0
		});

		expect(encodeAttempt(attempt).questions).toEqual([
			['blank', 'detail', 'u'],
			['abc', 'number', 'i', { type: 'numeric', text: 'abc' }]
		]);
	});

	it('leaves out a stored attempt whose question is not a tuple, and says where', () => {
		const data = JSON.parse(
			JSON.stringify(encodeProgress(recordAttempt(emptyState(), twentyQuestionQuiz(), T0)))
		);
		data.attempts[0].questions[3] = { id: 'q1', grade: 1 };

		const read = readStored(JSON.stringify(data));

		expect(read.kind === 'ok' && read.state.attempts).toEqual([]);
		expect(read.kind === 'ok' && read.skipped).toEqual([
			expect.stringMatching(/^attempts\[0\]\.questions\.3: must be \[question id, skill, grade\]/)
		]);
	});

	it('leaves out a grade outside 0–1 or of an unknown code', () => {
		for (const code of [1.5, -1, 'x', null]) {
			const data = JSON.parse(
				JSON.stringify(encodeProgress(recordAttempt(emptyState(), twentyQuestionQuiz(), T0)))
			);
			data.attempts[0].questions[0][2] = code;

			const read = readStored(JSON.stringify(data));

			expect(read.kind === 'ok' && read.state.attempts).toEqual([]);
		}
	});
});
