/**
 * What a copy set aside holds, in the student's or teacher's words, from the key it copies.
 *
 * @example copyLabel('lectern.teacher.modules') // 'modules you made'
 */
export function copyLabel(of: string): string {
	if (of === 'lectern.progress') return 'your progress';
	if (of === 'lectern.teacher.modules') return 'modules you made';
	if (of === 'lectern.assigned') return 'modules from your teacher';
	if (of.startsWith('lectern.gradebook.')) return 'gradebook receipts';
	return 'saved data';
}
