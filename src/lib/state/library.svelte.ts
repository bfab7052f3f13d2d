import {
	ASSIGNED_MODULES,
	type AssignedModule,
	TEACHER_MODULES,
	KNOWN_STUDENTS,
	STUDENT_NAME,
	rememberStudent
} from '$lib/teaching/library';

import type { Assignment } from '$lib/teaching/sharing';
import { ValueStore } from '$lib/core/storage';
import { browserStorage } from './browser-storage.svelte';
import { StoredListState } from './stored-list.svelte';

/** The teacher's modules on this device. */
export const teacherModules = () => new StoredListState<Assignment>(TEACHER_MODULES);

/** The student's assigned modules on this device. */
export const assignedModules = () => new StoredListState<AssignedModule>(ASSIGNED_MODULES);

/** The names used on this device, latest first, for the next student to pick theirs. */
const knownStudents = () => new StoredListState<string>(KNOWN_STUDENTS);

/** The student answering now on this device; receipts carry the name to the teacher. */
function storedStudentName(): string {
	return new ValueStore(STUDENT_NAME, browserStorage(), Date.now).load() ?? '';
}

/**
 * Makes `name` the student answering now, and remembers it for the next switch.
 * @returns the names used on this device, this one first.
 */
export function saveStudentName(name: string): string[] {
	// Full storage: the name is asked again next time, nothing else is lost.
	new ValueStore(STUDENT_NAME, browserStorage(), Date.now).save(name);
	const known = knownStudents();
	known.set(rememberStudent(known.items, name));
	return known.items;
}

/** The id in a page's `?id=` query, read in the browser (pages are prerendered without one). */
export function idFromQuery(): string {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, nothing reacts to it
	return new URLSearchParams(location.search).get('id') ?? '';
}

/** The student's assigned module named by the page's `?id=`, if this device has it. */
const assignedFromQuery = (): AssignedModule | undefined => {
	const id = idFromQuery();
	return assignedModules().items.find((entry) => entry.assignment.id === id);
};

/** What an assigned module's pages read once they load: the module, and who answers on this device. */
interface AssignedVisit {
	/** The module named by the page's `?id=`; undefined when this device does not have it. */
	entry: AssignedModule | undefined;
	/** The student answering now; empty until one gives a name. */
	studentName: string;
	/** The names used on this device, latest first. */
	known: string[];
}

/**
 * Reads an assigned module's page's state from the query and this device's storage; call it in
 * the browser (`onMount`), as pages are prerendered without either.
 *
 * @example onMount(() => ({ entry, studentName, known } = assignedVisit()));
 */
export function assignedVisit(): AssignedVisit {
	return {
		entry: assignedFromQuery(),
		studentName: storedStudentName(),
		known: knownStudents().items
	};
}

/** The teacher's module named by the page's `?id=`, if this device has it. */
export const teacherModuleFromQuery = (): Assignment | undefined => {
	const id = idFromQuery();
	return teacherModules().items.find((module) => module.id === id);
};
