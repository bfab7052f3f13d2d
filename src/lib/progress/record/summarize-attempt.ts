import type { Skill } from '../../quiz/question';
import type { Attempt, AttemptSummary, SkillTally } from './attempt';
import { creditOf } from './credit';
import { own } from './own';

/**
 * Reduces an attempt to what module statistics need. Per-skill tallies are kept here (not in a
 * separate stored table) because once an attempt is compacted its grades are gone.
 *
 * @example summarizeAttempt(attempt).skills.detail // { earned: 1.5, total: 2 }
 */
export function summarizeAttempt(attempt: Attempt): AttemptSummary {
	const { id, moduleSlug, kind, startedAt, finishedAt, score, questionIds } = attempt;
	const skills: Partial<Record<Skill, SkillTally>> = {};
	for (const questionId of questionIds) {
		const skill = own(attempt.skills, questionId);
		if (!skill) continue;
		const tally = skills[skill] ?? { earned: 0, total: 0 };
		skills[skill] = {
			earned: tally.earned + creditOf(own(attempt.grades, questionId)),
			total: tally.total + 1
		};
	}
	return {
		id,
		moduleSlug,
		kind,
		startedAt,
		finishedAt,
		score,
		questionCount: questionIds.length,
		skills,
		...(attempt.retry ? { retry: attempt.retry } : {})
	};
}
