import { describe, expect, it } from 'vitest';
import { copyLabel } from './copy-label';

describe('copyLabel', () => {
	it.each([
		['lectern.progress', 'your progress'],
		['lectern.teacher.modules', 'modules you made'],
		['lectern.assigned', 'modules from your teacher'],
		['lectern.gradebook.m-abc-123', 'gradebook receipts'],
		['lectern.draft.kazakhstan-2022', 'a quiz in progress'],
		['lectern.students', 'names used on this device'],
		['lectern.student.name', 'the name answering on this device'],
		['lectern.something.new', 'saved data']
	])('calls a copy of %s "%s"', (key, label) => {
		expect(copyLabel(key)).toBe(label);
	});
});
