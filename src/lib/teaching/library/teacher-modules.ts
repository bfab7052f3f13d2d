import { AssignmentSchema, type Assignment } from '../sharing';
import {
	TEACHER_MODULES_KEY,
	type ListDefinition,
	readStoredList,
	type StoredList
} from '../../core/storage';

export const readTeacherModules = (text: string | null): StoredList<Assignment> =>
	readStoredList(text, AssignmentSchema);

/** The teacher's modules as a stored list, one entry per module id. */
export const TEACHER_MODULES: ListDefinition<Assignment> = {
	key: TEACHER_MODULES_KEY,
	read: readTeacherModules,
	idOf: (module) => module.id
};

/** Adds or replaces (by id) a module, newest first. */
export function saveModule(modules: readonly Assignment[], module: Assignment): Assignment[] {
	return [module, ...modules.filter((m) => m.id !== module.id)];
}

export function removeModule(modules: readonly Assignment[], id: string): Assignment[] {
	return modules.filter((m) => m.id !== id);
}

/**
 * A fresh module id from a random number in [0, 1) and the time, so two modules made on two
 * devices in the same second still differ.
 *
 * @example newModuleId(0.5, Date.parse('2026-11-25')) // e.g. 'm-mhz1a2b3-i'
 */
export function newModuleId(random: number, now: number): string {
	const noise = Math.floor(random * 36 ** 6)
		.toString(36)
		.padStart(6, '0');
	return `m-${now.toString(36)}-${noise}`;
}
