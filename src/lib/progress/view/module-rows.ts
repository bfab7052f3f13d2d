import {
	moduleStats,
	type ModuleStats,
	skillOverview,
	type SkillOverview,
	type ProgressState
} from '../record';

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

/**
 * Skills over every module, judged with the same thresholds as one module's statistics.
 *
 * @example overallSkills(rows.map((r) => r.stats)).weaknesses // ['number']
 */
export function overallSkills(stats: readonly ModuleStats[]): SkillOverview {
	return skillOverview(stats.flatMap((s) => s.skills));
}
