import {
	MIN_QUESTIONS_FOR_VERDICT,
	STRENGTH_AT,
	WEAKNESS_BELOW,
	moduleStats,
	type ModuleStats,
	type SkillStat
} from '../progress/module-stats';
import type { ProgressState } from '../progress/state';
import type { Skill } from '../question/schema';

export interface ModuleRow {
	slug: string;
	/** The module's title, or its slug when the site no longer has it. */
	title: string;
	/** False for a module removed from the site since: shown, but not linked. */
	exists: boolean;
	stats: ModuleStats;
}

/**
 * One row per module the student has practised: the site's modules in their order, then any
 * module that is gone but still has progress (nothing of the student's is hidden).
 *
 * @example moduleRows(state, [{ slug: 'kazakhstan-2022', title: 'Kazakhstan…' }])[0].stats.attemptCount
 */
export function moduleRows(
	state: ProgressState,
	modules: readonly { slug: string; title: string }[]
): ModuleRow[] {
	const practised = new Set(
		[...state.attempts, ...state.summaries].map((record) => record.moduleSlug)
	);
	const known = new Set(modules.map((m) => m.slug));
	const rows = modules
		.filter((m) => practised.has(m.slug))
		.map((m) => ({ slug: m.slug, title: m.title, exists: true }));
	const gone = [...practised].filter((slug) => !known.has(slug)).sort();
	return [...rows, ...gone.map((slug) => ({ slug, title: slug, exists: false }))].map((row) => ({
		...row,
		stats: moduleStats(state, row.slug)
	}));
}

export interface SkillOverview {
	skills: SkillStat[];
	strengths: Skill[];
	weaknesses: Skill[];
}

/**
 * Skills over every module, judged with the same thresholds as one module's statistics.
 *
 * @example overallSkills(rows.map((r) => r.stats)).weaknesses // ['number']
 */
export function overallSkills(stats: readonly ModuleStats[]): SkillOverview {
	const totals = new Map<Skill, { earned: number; total: number }>();
	for (const { skills } of stats) {
		for (const { skill, earned, total } of skills) {
			const sum = totals.get(skill) ?? { earned: 0, total: 0 };
			totals.set(skill, { earned: sum.earned + earned, total: sum.total + total });
		}
	}
	const skills = [...totals]
		.map(([skill, { earned, total }]) => ({
			skill,
			earned,
			total,
			share: total ? earned / total : 0
		}))
		.sort((a, b) => b.share - a.share || b.total - a.total || (a.skill < b.skill ? -1 : 1));
	const judged = skills.filter((s) => s.total >= MIN_QUESTIONS_FOR_VERDICT);
	return {
		skills,
		strengths: judged.filter((s) => s.share >= STRENGTH_AT).map((s) => s.skill),
		weaknesses: judged
			.filter((s) => s.share < WEAKNESS_BELOW)
			.reverse()
			.map((s) => s.skill)
	};
}
