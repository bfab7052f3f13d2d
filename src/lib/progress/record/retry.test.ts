import { describe, expect, it } from 'vitest';
import { moduleStats } from './module-stats';
import { recordAttempt } from './record-attempt';
import { correctedScore, retriedQuizId, retryRecord } from './retry';
import { emptyState, type ProgressState } from './state';
import { summarizeAttempt } from './summarize-attempt';
import { at, MINUTE, makeAttempt, partly, right, wrong } from './testing/factories';

/** A quiz of four: two right, one half right, one wrong (62.5%). */
const quiz = makeAttempt({
	id: 'quiz-1',
	finishedAt: at(0),
	grades: { q1: right(), q2: right(), q3: partly(), q4: wrong() }
});
const withQuiz = recordAttempt(emptyState(), quiz, at(0));

function retried(
	state: ProgressState,
	id: string,
	grades: Parameters<typeof retryRecord>[2],
	minutes: number
) {
	const attempt = {
		...makeAttempt({ id, finishedAt: at(minutes * MINUTE), grades }),
		retry: retryRecord(state, 'quiz-1', grades)
	};
	return { attempt, state: recordAttempt(state, attempt, at(minutes * MINUTE)) };
}

describe('a retry of the missed questions', () => {
	it('records the quiz’s score with the corrected answers, never lower', () => {
		expect(retryRecord(withQuiz, 'quiz-1', { q3: right(), q4: right() })).toEqual({
			of: 'quiz-1',
			scoreAfter: 1
		});
		// A worse answer in the retry does not undo the half credit the quiz earned.
		expect(retryRecord(withQuiz, 'quiz-1', { q3: wrong(), q4: right() }).scoreAfter).toBe(0.875);
	});

	it('keeps what an earlier retry corrected, and a retry of a retry corrects the first quiz', () => {
		const first = retried(withQuiz, 'retry-1', { q3: right(), q4: wrong() }, 10);
		expect(first.attempt.retry.scoreAfter).toBe(0.75);
		expect(retriedQuizId(first.attempt)).toBe('quiz-1');
		expect(retryRecord(first.state, 'quiz-1', { q4: right() }).scoreAfter).toBe(1);
	});

	it('tells the quiz’s corrected score now, and as it stood before a retry', () => {
		const first = retried(withQuiz, 'retry-1', { q3: right(), q4: wrong() }, 10);
		expect(correctedScore(first.state, 'quiz-1')).toBe(0.75);
		expect(correctedScore(first.state, 'quiz-1', first.attempt.finishedAt)).toBe(0.625);
		expect(correctedScore(first.state, 'no-such-quiz')).toBeUndefined();
	});

	it('keeps the last corrected score when the quiz was compacted to a summary', () => {
		const first = retried(withQuiz, 'retry-1', { q3: right(), q4: wrong() }, 10);
		const compacted: ProgressState = {
			...first.state,
			attempts: [],
			summaries: first.state.attempts.map(summarizeAttempt)
		};
		expect(retryRecord(compacted, 'quiz-1', { q4: right() })).toEqual({
			of: 'quiz-1',
			scoreAfter: 0.75
		});
	});

	it('raises the module’s score and its chart instead of adding a low partial attempt', () => {
		const { state } = retried(withQuiz, 'retry-1', { q3: right(), q4: right() }, 10);
		const stats = moduleStats(state, 'kazakhstan-2022');

		expect(stats).toMatchObject({
			attemptCount: 1,
			retryCount: 1,
			bestScore: 1,
			lastScore: 1,
			lastCorrected: true
		});
		expect(stats.scores.map((s) => [s.kind, s.score])).toEqual([
			['quiz', 0.625],
			['retry', 1]
		]);
	});
});
