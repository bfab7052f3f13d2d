import * as v from 'valibot';
import { hashString } from '../quiz/shuffle';
import { readStoredList, type StoredList } from '../store/versioned-list';

/** A device keeps at most this many names to pick from (a class set of shared tablets). */
export const MAX_KNOWN_STUDENTS = 40;

/** How names compare: "Ana  López" and "ana lópez" are one student. */
export function studentKey(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export function sameStudent(a: string, b: string): boolean {
	return studentKey(a) === studentKey(b);
}

/**
 * The names used on this device, the one just chosen first, each once.
 *
 * @example rememberStudent(['Bo'], 'Ana') // ['Ana', 'Bo']
 */
export function rememberStudent(known: readonly string[], name: string): string[] {
	const trimmed = name.trim().replace(/\s+/g, ' ');
	return [trimmed, ...known.filter((other) => !sameStudent(other, trimmed))].slice(
		0,
		MAX_KNOWN_STUDENTS
	);
}

/**
 * Where one student's unfinished sitting of an assigned module is kept: each student on a shared
 * device has their own.
 *
 * @example sittingSlug('m-abc-123', 'Ana López') // 'assigned-m-abc-123-s1x2y3z'
 */
export function sittingSlug(assignmentId: string, studentName: string): string {
	return `assigned-${assignmentId}-s${hashString(studentKey(studentName)).toString(36)}`;
}

export const readKnownStudents = (text: string | null): StoredList<string> =>
	readStoredList(text, v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200)));
