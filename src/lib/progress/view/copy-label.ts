import {
	ASSIGNED_MODULES_KEY,
	draftKey,
	gradebookReceiptsKey,
	KNOWN_STUDENTS_KEY,
	PROGRESS_KEY,
	STUDENT_NAME_KEY,
	TEACHER_MODULES_KEY
} from '../../core/storage';

/**
 * What a copy set aside holds, in the student's or teacher's words, from the key it copies.
 *
 * @example copyLabel('lectern.teacher.modules') // 'modules you made'
 */
export function copyLabel(of: string): string {
	if (of === PROGRESS_KEY) return 'your progress';
	if (of === TEACHER_MODULES_KEY) return 'modules you made';
	if (of === ASSIGNED_MODULES_KEY) return 'modules from your teacher';
	if (of === KNOWN_STUDENTS_KEY) return 'names used on this device';
	if (of === STUDENT_NAME_KEY) return 'the name answering on this device';
	if (of.startsWith(gradebookReceiptsKey(''))) return 'gradebook receipts';
	if (of.startsWith(draftKey(''))) return 'a quiz in progress';
	return 'saved data';
}
