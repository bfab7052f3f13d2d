import type { Skill } from '../../quiz/question';

/** A skill counts as a strength or weakness only after this many questions of it. */
const MIN_QUESTIONS_FOR_VERDICT = 3;
/** Share of credit at or above which a skill is a strength. */
const STRENGTH_AT = 0.8;
/** Share of credit below which a skill is a weakness. */
const WEAKNESS_BELOW = 0.6;

export interface SkillStat {
	skill: Skill;
	earned: number;
	total: number;
	/** earned / total, 0–1. */
	share: number;
}

export interface SkillOverview {
	/** Strongest first; ties go to the skill with more questions, then by name. */
	skills: SkillStat[];
	/** Strongest first. */
	strengths: Skill[];
	/** Weakest first. */
	weaknesses: Skill[];
}

/**
 * Adds up credit per skill (in the order given, so sums are the same wherever they are made) and
 * judges each skill with enough questions a strength or a weakness. One module's attempts and
 * every module's statistics go through here, so both are judged alike.
 *
 * @example skillOverview([{ skill: 'number', earned: 1, total: 4 }]).weaknesses // ['number']
 */
export function skillOverview(
	tallies: Iterable<{ skill: Skill; earned: number; total: number }>
): SkillOverview {
	const totals = new Map<Skill, { earned: number; total: number }>();
	for (const { skill, earned, total } of tallies) {
		const sum = totals.get(skill) ?? { earned: 0, total: 0 };
		totals.set(skill, { earned: sum.earned + earned, total: sum.total + total });
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
