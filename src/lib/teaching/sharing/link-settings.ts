import type { AssignmentSettings } from './assignment';

/**
 * The settings a link leaves out (formats 1 and 3 alike): frozen, written out rather than taken
 * from `DEFAULT_SETTINGS`, since changing them would change what every existing link means.
 */
export const LINK_SETTINGS: AssignmentSettings = {
	shuffleQuestions: false,
	shuffleOptions: true,
	passMark: 60,
	attemptsAllowed: null,
	feedback: 'after-each',
	timeLimitMinutes: null,
	dueDate: null,
	countedAttempt: 'highest'
};

/**
 * Only the settings that differ from `LINK_SETTINGS`, as a link carries them; undefined when none.
 *
 * @example changedSettings({ ...LINK_SETTINGS, passMark: 70 }) // { passMark: 70 }
 */
export function changedSettings(
	settings: AssignmentSettings
): Partial<AssignmentSettings> | undefined {
	const changed = Object.entries(settings).filter(
		([key, value]) => LINK_SETTINGS[key as keyof AssignmentSettings] !== value
	);
	return changed.length ? Object.fromEntries(changed) : undefined;
}
