import { SKILLS } from '../../quiz/question';
import type { AttemptSummary } from './attempt';
import { byFinishedAt } from './order';
import { skillOverview, type SkillOverview } from './skill-overview';
import type { ProgressState } from './state';
import { summarizeAttempt } from './summarize-attempt';
import { msOf } from './time';

/** A point of the score chart: a full quiz, a retry of its missed questions, or a review. */
export type ScoreKind = 'quiz' | 'retry' | 'review';

/** `skills` (over quizzes and reviews), `strengths` and `weaknesses` come from `skillOverview`. */
export interface ModuleStats extends SkillOverview {
	/** Full quizzes only (not retries of missed questions); best and last score are quiz scores. */
	attemptCount: number;
	retryCount: number;
	reviewCount: number;
	/** With corrections: a retry raises the score of the quiz it retried. */
	bestScore: number | null;
	lastScore: number | null;
	/** The last quiz's score includes answers corrected in a retry. */
	lastCorrected: boolean;
	/** Sum of finishedAt − startedAt over quizzes and reviews, in milliseconds. */
	timeSpentMs: number;
	/**
	 * Every attempt oldest first, for a chart. A retry shows the retried quiz's score after the
	 * correction (so a good retry never looks like a fall); reviews are marked: they are partial.
	 */
	scores: { finishedAt: string; score: number; kind: ScoreKind }[];
}

/**
 * Statistics of one module from its detailed and compacted attempts alike.
 *
 * @example moduleStats(state, 'kazakhstan-2022').bestScore // 0.85
 */
export function moduleStats(state: ProgressState, moduleSlug: string): ModuleStats {
	const records: AttemptSummary[] = [
		...state.attempts.filter((a) => a.moduleSlug === moduleSlug).map(summarizeAttempt),
		...state.summaries.filter((s) => s.moduleSlug === moduleSlug)
	].sort(byFinishedAt);
	const quizzes = records.filter((r) => r.kind === 'quiz' && !r.retry);
	const retries = records.filter((r) => r.kind === 'quiz' && r.retry);
	// Records are oldest first, so the last retry of each quiz wins.
	const latestCorrection = new Map(retries.map((r) => [r.retry!.of, r.retry!.scoreAfter]));
	/** A quiz's score after its latest retry, or as it was. */
	const corrected = (quiz: AttemptSummary) => latestCorrection.get(quiz.id) ?? quiz.score;
	const last = quizzes.at(-1);
	return {
		attemptCount: quizzes.length,
		retryCount: retries.length,
		reviewCount: records.length - quizzes.length - retries.length,
		bestScore: quizzes.length ? Math.max(...quizzes.map(corrected)) : null,
		lastScore: last ? corrected(last) : null,
		lastCorrected: last !== undefined && corrected(last) !== last.score,
		timeSpentMs: records.reduce(
			(sum, r) => sum + Math.max(0, msOf(r.finishedAt) - msOf(r.startedAt)),
			0
		),
		scores: records.map(({ finishedAt, score, kind, retry }) =>
			retry
				? { finishedAt, score: retry.scoreAfter, kind: 'retry' as const }
				: { finishedAt, score, kind }
		),
		...skillOverview(skillTallies(records))
	};
}

/** Each record's tally per skill, records in order and skills in `SKILLS` order within one. */
function* skillTallies(records: readonly AttemptSummary[]) {
	for (const record of records) {
		for (const skill of SKILLS) {
			const tally = record.skills[skill];
			if (tally) yield { skill, earned: tally.earned, total: tally.total };
		}
	}
}
