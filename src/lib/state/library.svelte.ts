import { readAssignedModules, type AssignedModule } from '$lib/library/assigned-modules';
import { readTeacherModules } from '$lib/library/teacher-modules';
import {
	ASSIGNED_MODULES_KEY,
	KNOWN_STUDENTS_KEY,
	STUDENT_NAME_KEY,
	TEACHER_MODULES_KEY
} from '$lib/store/keys';
import { readKnownStudents, rememberStudent, studentKey } from '$lib/library/students';
import type { Assignment } from '$lib/assignment';
import { browserStorage } from './browser-storage.svelte';
import { StoredCollection } from './stored-collection.svelte';

/** The teacher's modules on this device. */
export const teacherModules = () =>
	new StoredCollection<Assignment>(
		TEACHER_MODULES_KEY,
		readTeacherModules,
		browserStorage(),
		Date.now,
		(module) => module.id
	);

/** The student's assigned modules on this device. */
export const assignedModules = () =>
	new StoredCollection<AssignedModule>(
		ASSIGNED_MODULES_KEY,
		readAssignedModules,
		browserStorage(),
		Date.now,
		(entry) => entry.assignment.id
	);

/** The names used on this device, latest first, for the next student to pick theirs. */
export const knownStudents = () =>
	new StoredCollection<string>(
		KNOWN_STUDENTS_KEY,
		readKnownStudents,
		browserStorage(),
		Date.now,
		studentKey
	);

/** The student answering now on this device; receipts carry the name to the teacher. */
export function storedStudentName(): string {
	try {
		return browserStorage()?.getItem(STUDENT_NAME_KEY) ?? '';
	} catch {
		return '';
	}
}

/**
 * Makes `name` the student answering now, and remembers it for the next switch.
 * @returns the names used on this device, this one first.
 */
export function saveStudentName(name: string): string[] {
	try {
		browserStorage()?.setItem(STUDENT_NAME_KEY, name.trim());
	} catch {
		// Full storage: the name is asked again next time, nothing else is lost.
	}
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
export const assignedFromQuery = (): AssignedModule | undefined => {
	const id = idFromQuery();
	return assignedModules().items.find((entry) => entry.assignment.id === id);
};

/** The teacher's module named by the page's `?id=`, if this device has it. */
export const teacherModuleFromQuery = (): Assignment | undefined => {
	const id = idFromQuery();
	return teacherModules().items.find((module) => module.id === id);
};
