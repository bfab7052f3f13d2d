import type { Skill } from '../../quiz/question';

const NAMES: Record<Skill, string> = {
	detail: 'Details (who, what, where)',
	number: 'Numbers',
	'cause-effect': 'Cause and effect',
	sequence: 'Order of events',
	geography: 'Geography',
	vocabulary: 'Words in context',
	'main-idea': 'Main idea'
};

/**
 * What a student reads for a skill, never the stored id.
 *
 * @example skillName('cause-effect') // 'Cause and effect'
 */
export const skillName = (skill: Skill): string => NAMES[skill];
