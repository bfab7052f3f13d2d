import { SKILLS, type Skill } from '../question/schema';
import type { AttemptSummary } from './attempt';
import { byFinishedAt } from './order';
import type { ProgressState } from './state';
import { summarizeAttempt } from './summarize-attempt';
import { msOf } from './time';

/** A skill counts as a strength or weakness only after this many questions of it. */
export const MIN_QUESTIONS_FOR_VERDICT = 3;
/** Share of credit at or above which a skill is a strength. */
export const STRENGTH_AT = 0.8;
/** Share of credit below which a skill is a weakness. */
export const WEAKNESS_BELOW = 0.6;

export interface SkillStat {
	skill: Skill;
	earned: number;
	total: number;
	/** earned / total, 0–1. */
	share: number;
}

/** A point of the score chart: a full quiz, a retry of its missed questions, or a review. */
export type ScoreKind = 'quiz' | 'retry' | 'review';

export interface ModuleStats {
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
	/** Over quizzes and reviews, strongest first. */
	skills: SkillStat[];
	strengths: Skill[];
	weaknesses: Skill[];
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
	const skills = tallySkills(records);
	const judged = skills.filter((s) => s.total >= MIN_QUESTIONS_FOR_VERDICT);
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
		skills,
		strengths: judged.filter((s) => s.share >= STRENGTH_AT).map((s) => s.skill),
		weaknesses: judged
			.filter((s) => s.share < WEAKNESS_BELOW)
			.reverse()
			.map((s) => s.skill)
	};
}

function tallySkills(records: readonly AttemptSummary[]): SkillStat[] {
	const totals = new Map<Skill, { earned: number; total: number }>();
	for (const record of records) {
		for (const skill of SKILLS) {
			const tally = record.skills[skill];
			if (!tally) continue;
			const sum = totals.get(skill) ?? { earned: 0, total: 0 };
			totals.set(skill, { earned: sum.earned + tally.earned, total: sum.total + tally.total });
		}
	}
	return [...totals]
		.map(([skill, { earned, total }]) => ({
			skill,
			earned,
			total,
			share: total ? earned / total : 0
		}))
		.sort((a, b) => b.share - a.share || b.total - a.total || (a.skill < b.skill ? -1 : 1));
}
