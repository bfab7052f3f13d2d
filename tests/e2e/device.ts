import type { Page } from '@playwright/test';
import type { Assignment } from '../../src/lib/teaching/sharing';

/**
 * Puts modules on this browser as a teacher's device or a student's would hold them (in the bare
 * list layout an earlier version wrote, which must still read), then leaves the page on home.
 *
 * @example await putOnDevice(page, { assigned: [module], studentName: 'Ana Lopez' })
 */
export async function putOnDevice(
	page: Page,
	held: { teacher?: readonly Assignment[]; assigned?: readonly Assignment[]; studentName?: string }
): Promise<void> {
	await page.goto('/');
	await page.evaluate(
		({ teacher, assigned, studentName }) => {
			if (teacher) localStorage.setItem('lectern.teacher.modules', JSON.stringify(teacher));
			if (assigned) {
				const entries = assigned.map((assignment) => ({ assignment, addedAt: 0, submissions: [] }));
				localStorage.setItem('lectern.assigned', JSON.stringify(entries));
			}
			if (studentName) localStorage.setItem('lectern.student.name', studentName);
		},
		{ teacher: held.teacher, assigned: held.assigned, studentName: held.studentName }
	);
}
