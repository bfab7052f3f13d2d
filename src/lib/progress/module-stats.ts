import { SKILLS, type Skill } from '../question/schema';
import type { AttemptKind, AttemptSummary } from './attempt';
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

export interface ModuleStats {
	/** Quiz attempts only; best and last score are quiz scores too. */
	attemptCount: number;
	reviewCount: number;
	bestScore: number | null;
	lastScore: number | null;
	/** Sum of finishedAt − startedAt over quizzes and reviews, in milliseconds. */
	timeSpentMs: number;
	/** Every attempt oldest first, for a chart; reviews are marked because they are partial. */
	scores: { finishedAt: string; score: number; kind: AttemptKind }[];
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
	const quizzes = records.filter((r) => r.kind === 'quiz');
	const skills = tallySkills(records);
	const judged = skills.filter((s) => s.total >= MIN_QUESTIONS_FOR_VERDICT);
	return {
		attemptCount: quizzes.length,
		reviewCount: records.length - quizzes.length,
		bestScore: quizzes.length ? Math.max(...quizzes.map((q) => q.score)) : null,
		lastScore: quizzes.at(-1)?.score ?? null,
		timeSpentMs: records.reduce(
			(sum, r) => sum + Math.max(0, msOf(r.finishedAt) - msOf(r.startedAt)),
			0
		),
		scores: records.map(({ finishedAt, score, kind }) => ({ finishedAt, score, kind })),
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
