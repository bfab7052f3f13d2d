import * as v from 'valibot';
import { fnv1a32 } from '../../core/hash';
import {
	KNOWN_STUDENTS_KEY,
	STUDENT_NAME_KEY,
	type ListDefinition,
	type ValueDefinition,
	readStoredList,
	type StoredList
} from '../../core/storage';

import { parseOutsideJson } from '../../core/validation';

/** A device keeps at most this many names to pick from (a class set of shared tablets). */
export const MAX_KNOWN_STUDENTS = 40;

/** How names compare: "Ana  López" and "ana lópez" are one student. */
function studentKey(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

export function sameStudent(a: string, b: string): boolean {
	return studentKey(a) === studentKey(b);
}

/** The longest name a student may type (stored names may be longer: older ones are still read). */
const MAX_TYPED_NAME = 80;

/**
 * Why a name a student typed cannot be used, or undefined when it can (trimmed first).
 *
 * @example studentNameProblem('  ') // 'Write your name, so your teacher knows whose answers these are.'
 * @example studentNameProblem(' Ana ') // undefined
 */
export function studentNameProblem(name: string): string | undefined {
	const trimmed = name.trim();
	if (trimmed.length === 0)
		return 'Write your name, so your teacher knows whose answers these are.';
	if (trimmed.length > MAX_TYPED_NAME) return 'Keep your name under 80 characters.';
	return undefined;
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
	return `assigned-${assignmentId}-s${fnv1a32(studentKey(studentName)).toString(36)}`;
}

export const readKnownStudents = (text: string | null): StoredList<string> =>
	readStoredList(text, v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200)));

/** The names used on this device as a stored list: one entry per student, however spelled. */
export const KNOWN_STUDENTS: ListDefinition<string> = {
	key: KNOWN_STUDENTS_KEY,
	read: readKnownStudents,
	idOf: studentKey
};

const NameSchema = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200));
const StoredNameSchema = v.object({ version: v.literal(1), name: NameSchema });

/**
 * The stored name of the student answering now. Version 1 is `{"version":1,"name":"Ana"}`;
 * version 0 (before 2026-11) was the bare name. Undefined when neither can be read.
 *
 * @example readStudentName('{"version":1,"name":"Ana"}') // 'Ana'
 * @example readStudentName('Ana') // 'Ana' (version 0)
 */
export function readStudentName(text: string): string | undefined {
	let data: unknown;
	try {
		data = parseOutsideJson(text);
	} catch {
		data = undefined;
	}
	if (typeof data === 'object' && data !== null) {
		const parsed = v.safeParse(StoredNameSchema, data);
		return parsed.success ? parsed.output.name : undefined;
	}
	const bare = v.safeParse(NameSchema, text);
	return bare.success ? bare.output : undefined;
}

/** The student answering now, as a stored value. */
export const STUDENT_NAME: ValueDefinition<string> = {
	key: STUDENT_NAME_KEY,
	read: readStudentName,
	write: (name) => JSON.stringify({ version: 1, name: name.trim() })
};
