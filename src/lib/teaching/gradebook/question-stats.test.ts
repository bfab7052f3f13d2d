import { describe, expect, it } from 'vitest';
import { gradeQuiz } from '../../quiz/grade';
import * as make from '../../quiz/question/test-factories';
import type { Response } from '../../quiz/question/response';
import type { Question } from '../../quiz/question/schema';
import { questionStats } from './question-stats';
import type { StudentRow } from './types';

/** A row holding one student's answer (and time) to `question`, graded for real. */
function rowFor(question: Question, response: Response | undefined, timeMs?: number): StudentRow {
	const responses = response ? { [question.id]: response } : {};
	const timesMs = timeMs === undefined ? {} : { [question.id]: timeMs };
	const quiz = gradeQuiz([question], responses);
	return {
		name: 'Student',
		attempt: 1,
		history: [],
		attempts: 1,
		percent: quiz.percent,
		passed: quiz.percent >= 60,
		grades: quiz.perQuestion,
		responses,
		timesMs,
		timeMs: timeMs ?? 0,
		finishedAt: 0,
		gradesDiffer: false
	};
}

describe('questionStats', () => {
	const single = make.singleChoice();
	const pick = (selected: number | null, timeMs?: number) =>
		rowFor(single, { type: 'single-choice', selected }, timeMs);

	it('gives the share of all students entirely right, and the most chosen wrong option', () => {
		const rows = [pick(0), pick(1), pick(2), pick(1), rowFor(single, undefined)];

		expect(questionStats(single, 0, rows)).toMatchObject({
			number: 1,
			percentCorrect: 20,
			averageScore: 0.2,
			commonWrongAnswer: 'China',
			commonWrongCount: 2
		});
	});

	it('counts partial credit in the average score, not in percent correct', () => {
		const question = make.multipleChoice();
		const rows = [
			rowFor(question, { type: 'multiple-choice', selected: [0, 2, 3] }),
			rowFor(question, { type: 'multiple-choice', selected: [0, 2] }),
			rowFor(question, { type: 'multiple-choice', selected: [0, 1] })
		];

		const stats = questionStats(question, 1, rows);

		expect(stats).toMatchObject({
			number: 2,
			percentCorrect: 33,
			commonWrongAnswer: 'China',
			commonWrongCount: 1
		});
		expect(stats.averageScore).toBeCloseTo((1 + 2 / 3 + 0) / 3);
	});

	it('groups typed wrong answers by their normalised text', () => {
		const question = make.shortAnswer();
		const typed = (text: string) => rowFor(question, { type: 'short-answer', text });

		const stats = questionStats(question, 0, [
			typed('China'),
			typed('the Kremlin'),
			typed('kremlin!'),
			typed('Russia')
		]);

		expect(stats).toMatchObject({
			commonWrongAnswer: 'the Kremlin',
			commonWrongCount: 2,
			percentCorrect: 25
		});
	});

	it('gives no wrong answer when nobody answered wrongly', () => {
		expect(questionStats(single, 0, [pick(0), pick(null)])).toMatchObject({
			commonWrongAnswer: null,
			commonWrongCount: 0
		});
	});

	it('takes the median time of an odd and of an even number of timed students', () => {
		expect(
			questionStats(single, 0, [pick(0, 9_000), pick(1, 1_000), pick(2, 4_000)]).medianTimeMs
		).toBe(4_000);
		expect(
			questionStats(single, 0, [pick(0, 9_000), pick(1, 1_000), pick(2, 4_000), pick(0, 5_000)])
				.medianTimeMs
		).toBe(4_500);
	});

	it('gives no median time when no receipt timed the question', () => {
		expect(questionStats(single, 0, [pick(0)]).medianTimeMs).toBeNull();
	});
});
